// Times symbio's steps on a synthetic park (bench/gen_park.py): one step per run, so that the
// peak resident set size belongs to that step. Prints one JSON line per step:
//   {"lib":"symbio","n":N,"m":M,"step":"distance","threads":2,"seconds":S,"peak_rss_mb":R,...}
//
//   symbio_bench --data DIR --step load|degree|distance|undirected_betweenness|cascade_sweep|
//                                   robustness_adaptive_betweenness|analyze|flows
//                [--threads K] [--lanes 2|4|8] [--no-fold] [--repeat R] [--layer L] [--dump FILE]
//
// load: read and parse both CSV files, build the Park and the SymbiosisGraph (every view).
// degree: compute_degrees on every view (strengths where the view has weights).
// distance: compute_distance_indicators on the view `all` or --layer L (betweenness, closeness
//   and harmonic in and out, APL, diameter, global efficiency in one sweep).
// undirected_betweenness: the betweenness on U of that view (for the centralization).
// cascade_sweep: net::dependency_sweep, every enterprise as a single trigger (docs/methods.md
//   section 4, supply-shortage cascade, downstream, threshold 0.5; layers: material, byproduct,
//   waste -> material, energy -> energy, water -> water; every exchange has a quantity, so the
//   shares are by quantity). No enterprise of the synthetic park is external.
// robustness_adaptive_betweenness: net::compute_robustness with the one strategy
//   adaptive_betweenness and the default options (sampled betweenness with the Hoeffding bound
//   the printed note states, batches of ceil(n / 2000) removals above 2,000 enterprises).
// analyze: net::analyze on every view with the default options (everything `symbio analyze`
//   computes, without writing files).
// flows: net::compute_flows: the flows, balances and ecological network analysis of every layer
//   (flows.csv and balance.csv without writing them).
// --dump writes the per-enterprise distance indicators (distance) or the per-trigger cascade
// counts (cascade_sweep: id,cascade_failed,cascade_rounds) as CSV for the correctness check.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/csv.hpp"
#include "core/park.hpp"
#include "network/analyze.hpp"
#include "network/cascade.hpp"
#include "network/degree.hpp"
#include "network/distance.hpp"
#include "network/flows.hpp"
#include "network/graph.hpp"
#include "network/robustness.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec);
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The benchmark's flow types as symbio layers and kinds; quantities enter as amounts with their
// units ignored, the convention of the peer scripts (weights play no part in the timed steps but
// degree's strengths).
void set_flow(symbio::Exchange& x, const std::string& flow) {
  using symbio::Kind;
  using symbio::Layer;
  if (flow == "material") {
    x.layer = Layer::material;
    x.kind = Kind::product;
  } else if (flow == "byproduct") {
    x.layer = Layer::material;
    x.kind = Kind::byproduct;
  } else if (flow == "waste") {
    x.layer = Layer::material;
    x.kind = Kind::waste;
  } else if (flow == "energy") {
    x.layer = Layer::energy;
    x.kind = Kind::utility;
  } else if (flow == "water") {
    x.layer = Layer::water;
    x.kind = Kind::utility;
  } else {
    throw std::runtime_error("unknown flow type " + flow);
  }
}

symbio::Park load_park(const std::string& dir) {
  symbio::Park park;
  const std::string nodes_path = dir + "/nodes.csv";
  const auto nodes = symbio::parse_csv(read_file(nodes_path), nodes_path);
  park.enterprises.reserve(nodes.size());
  for (std::size_t i = 1; i < nodes.size(); ++i) {  // row 0: id,name,sector
    const auto& f = nodes[i].fields;
    symbio::Enterprise e;
    e.id = f.at(0).text;
    e.name = f.at(1).text;
    e.sector = f.at(2).text;
    park.enterprises.push_back(std::move(e));
  }
  const std::string edges_path = dir + "/edges.csv";
  const auto edges = symbio::parse_csv(read_file(edges_path), edges_path);
  park.exchanges.reserve(edges.size());
  for (std::size_t i = 1; i < edges.size(); ++i) {  // source,target,flow_type,quantity,unit
    const auto& f = edges[i].fields;
    symbio::Exchange x;
    x.supplier = f.at(0).text;
    x.receiver = f.at(1).text;
    set_flow(x, f.at(2).text);
    x.amount = std::strtod(f.at(3).text.c_str(), nullptr);
    park.exchanges.push_back(std::move(x));
  }
  return park;
}

struct Args {
  std::string data;
  std::string step = "distance";
  int threads = 0;
  int lanes = 0;
  bool fold = true;
  int repeat = 1;
  symbio::net::ViewLayer layer = symbio::net::ViewLayer::all;
  symbio::net::CascadeDirection direction = symbio::net::CascadeDirection::both;
  std::string dump;
};

Args parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string key = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(key + " needs a value");
      return argv[++i];
    };
    if (key == "--data") {
      a.data = value();
    } else if (key == "--step") {
      a.step = value();
    } else if (key == "--threads") {
      a.threads = std::stoi(value());
    } else if (key == "--lanes") {
      a.lanes = std::stoi(value());
    } else if (key == "--no-fold") {
      a.fold = false;
    } else if (key == "--repeat") {
      a.repeat = std::stoi(value());
    } else if (key == "--layer") {
      const auto layer = symbio::net::parse_view_layer(value());
      if (!layer) throw std::runtime_error("--layer: all, material, energy, water or waste");
      a.layer = *layer;
    } else if (key == "--direction") {
      const auto direction = symbio::net::parse_cascade_direction(value());
      if (!direction) throw std::runtime_error("--direction: supply, outlet or both");
      a.direction = *direction;
    } else if (key == "--dump") {
      a.dump = value();
    } else {
      throw std::runtime_error("unknown argument " + key);
    }
  }
  if (a.data.empty()) throw std::runtime_error("--data DIR is required");
  return a;
}

void print_optional(std::ostream& out, const std::optional<double>& x) {
  if (x) out << *x;
}

void dump(const std::string& path, const symbio::net::DistanceIndicators& r) {
  std::ofstream out(path);
  out.precision(17);
  out << "id,betweenness,closeness_out,closeness_in,harmonic_out,harmonic_in\n";
  for (std::size_t v = 0; v < r.betweenness.size(); ++v) {
    out << v << ',' << r.betweenness[v] << ',';
    print_optional(out, r.closeness_out[v]);
    out << ',';
    print_optional(out, r.closeness_in[v]);
    out << ',';
    print_optional(out, r.harmonic_out[v]);
    out << ',';
    print_optional(out, r.harmonic_in[v]);
    out << '\n';
  }
}

void dump(const std::string& path, const symbio::net::DependencySweep& sweep) {
  std::ofstream out(path);
  out << "id,cascade_failed,cascade_rounds\n";
  for (const auto& row : sweep.rows)
    out << row.trigger << ',' << row.failed << ',' << row.rounds << '\n';
}

int run(const Args& a) {
  auto start = Clock::now();
  double cpu_start = cpu_seconds();
  symbio::Park park = load_park(a.data);
  const double parse_s = seconds_since(start);
  auto build_start = Clock::now();
  const symbio::net::SymbiosisGraph graph(park);
  const double build_s = seconds_since(build_start);
  const double load_s = seconds_since(start);
  // The view the distance steps run on (--layer; the whole park by default).
  const symbio::net::LayerView& all = graph.view(a.layer);

  std::ostringstream extra;
  extra.precision(17);
  double best = load_s;
  double best_cpu = cpu_seconds() - cpu_start;
  if (a.step == "load") {
    extra << ",\"parse_s\":" << parse_s << ",\"build_s\":" << build_s;
  } else {
    best = 1e300;
    best_cpu = 0.0;
    for (int r = 0; r < a.repeat; ++r) {
      extra.str("");
      start = Clock::now();
      cpu_start = cpu_seconds();
      if (a.step == "degree") {
        std::size_t views = 0;
        for (const auto layer : graph.layers()) {
          const auto d = symbio::net::compute_degrees(graph.view(layer));
          views += d.degree.size() > 0 ? 1 : 0;
        }
        extra << ",\"views\":" << views;
      } else if (a.step == "distance") {
        const auto d = symbio::net::compute_distance_indicators(
            all, {.threads = a.threads, .fold_pendants = a.fold, .lanes = a.lanes});
        const double s = seconds_since(start);
        extra << ",\"fold\":" << (a.fold ? "true" : "false")
              << ",\"connected_pairs\":" << d.connected_pairs << ",\"apl\":";
        extra << d.average_path_length.value_or(0.0) << ",\"diameter\":" << d.diameter.value_or(0.0)
              << ",\"efficiency\":" << d.global_efficiency.value_or(0.0);
        if (s < best) best_cpu = cpu_seconds() - cpu_start;
        best = std::min(best, s);
        if (!a.dump.empty() && r == 0) dump(a.dump, d);
        continue;
      } else if (a.step == "cascade_sweep") {
        symbio::net::DependencyOptions options;
        options.threads = a.threads;
        options.direction = a.direction;
        const auto sweep = symbio::net::dependency_sweep(graph, options);
        const double s = seconds_since(start);
        std::int64_t failed_sum = 0;
        std::int64_t failed_max = 0;
        std::int64_t spreading = 0;
        std::int32_t rounds_max = 0;
        for (const auto& row : sweep.rows) {
          failed_sum += row.failed;
          failed_max = std::max(failed_max, row.failed);
          spreading += row.failed > 1 ? 1 : 0;
          rounds_max = std::max(rounds_max, row.rounds);
        }
        extra << ",\"summary\":{\"failed_sum\":" << failed_sum << ",\"failed_max\":" << failed_max
              << ",\"spreading\":" << spreading << ",\"rounds_max\":" << rounds_max << "}";
        if (s < best) best_cpu = cpu_seconds() - cpu_start;
        best = std::min(best, s);
        if (!a.dump.empty() && r == 0) dump(a.dump, sweep);
        continue;
      } else if (a.step == "robustness_adaptive_betweenness") {
        symbio::net::RobustnessOptions options;
        options.strategies = {symbio::net::RemovalStrategy::adaptive_betweenness};
        options.threads = a.threads;
        const auto result = symbio::net::compute_robustness(graph, options);
        const auto& curve = result.curves.front();
        extra << ",\"robustness_index\":" << curve.robustness_index.value_or(0.0) << ",\"note\":\""
              << curve.note << "\"";
      } else if (a.step == "analyze") {
        // The whole of `symbio analyze` but the file writing: every indicator of every view,
        // the cascade sweep for cascade_impact and key_score included.
        symbio::net::AnalyzeOptions options;
        options.distance.threads = a.threads;
        options.distance.lanes = a.lanes;
        options.cascade.threads = a.threads;
        const auto layers = symbio::net::analyze(graph, options);
        extra << ",\"views\":" << layers.size();
      } else if (a.step == "flows") {
        // Flows, balances and the ecological network analysis of every layer (symbio analyze's
        // flows.csv and balance.csv without the writing).
        const auto flows = symbio::net::compute_flows(park, graph);
        double fci_sum = 0.0;
        std::ostringstream fci, tst, ascendency;
        for (std::ostringstream* o : {&fci, &tst, &ascendency})
          o->precision(17);
        for (const auto& layer : flows.layers) {
          if (layer.ena && layer.ena->fci) fci_sum += *layer.ena->fci;
          const char* sep = fci.tellp() > 0 ? "," : "";
          fci << sep << (layer.ena && layer.ena->fci ? *layer.ena->fci : -1.0);
          tst << sep << (layer.ena ? layer.ena->tst : -1.0);
          ascendency << sep << (layer.ena ? layer.ena->ascendency.value_or(-1.0) : -1.0);
        }
        // Per layer (material, energy, water), -1 where undefined: the check against
        // bench/peer_numpy.py.
        extra << ",\"layers\":" << flows.layers.size() << ",\"fci_sum\":" << fci_sum
              << ",\"summary\":{\"fci\":[" << fci.str() << "],\"tst\":[" << tst.str()
              << "],\"ascendency\":[" << ascendency.str() << "]}";
      } else if (a.step == "undirected_betweenness") {
        const auto b =
            symbio::net::undirected_betweenness(all, {.threads = a.threads, .lanes = a.lanes});
        extra << ",\"max\":" << *std::max_element(b.begin(), b.end());
      } else {
        throw std::runtime_error("unknown step " + a.step);
      }
      const double s = seconds_since(start);
      if (s < best) best_cpu = cpu_seconds() - cpu_start;
      best = std::min(best, s);
    }
  }
  std::cout.precision(6);
  std::cout << "{\"lib\":\"symbio\",\"n\":" << graph.n() << ",\"m\":" << all.m() << ",\"step\":\""
            << a.step << "\",\"threads\":" << a.threads << ",\"seconds\":" << best
            << ",\"cpu_seconds\":" << best_cpu << ",\"peak_rss_mb\":" << peak_rss_mb()
            << extra.str() << "}" << std::endl;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(parse_args(argc, argv));
  } catch (const std::exception& e) {
    std::cerr << "symbio_bench: " << e.what() << "\n";
    return 1;
  }
}
