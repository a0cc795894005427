#include "visualization/report_bottlenecks.hpp"

#include <algorithm>

#include "visualization/detail/report_writer.hpp"

namespace symbio::viz {
namespace {

class Bottlenecks : public detail::BlockWriter {
 public:
  using BlockWriter::BlockWriter;

  void run() { bottlenecks(); }

 private:
  // 依赖关系与瓶颈: robustness under removals, the load cascade's tolerance, supply dominators.
  void bottlenecks() {
    heading(3, tr("依赖关系与瓶颈", "Dependencies and bottlenecks"), "robustness");
    paragraph(
        tr("逐一移除企业后最大连通分量占比 S(q) 的变化；稳健性指数 R = (1/n) Σ S(q)（Schneider 等 "
           "2011），越大越稳健。",
           "Share S(q) of enterprises in the largest component as enterprises are removed "
           "one by one; robustness index R = (1/n) Σ S(q) (Schneider et al. 2011), "
           "higher is more robust."));
    if (!in_.robustness_svg.empty()) {
      figure(in_.robustness_svg, in_.robustness_svg_file,
             tr("不同移除策略下的稳健性曲线。", "Robustness curves under removal strategies."));
    }
    if (in_.robustness != nullptr) {
      std::vector<std::vector<std::string>> rows;
      for (const net::RobustnessCurve& c : in_.robustness->curves) {
        rows.push_back(
            {strategy(c.strategy), c.robustness_index ? report_number(*c.robustness_index) : "—"});
      }
      table({tr("移除策略", "Strategy"), tr("稳健性指数 R", "Robustness index R")},
            std::move(rows));
    }
    if (in_.beta_c) {
      paragraph(tr("负载级联（Wang 和 Rong 2009）的临界容忍系数 β_c = ",
                   "Critical tolerance of the load cascade (Wang and Rong 2009): β_c = ") +
                report_number(*in_.beta_c) +
                tr("：企业的容量高出初始负载的比例低于该值时，单个企业失效即可引发大范围级联。",
                   "; below this spare capacity a single failure can cascade through the park."));
    }
    dominators();
  }

  // The enterprises of `all` that dominate others in the dependency graph, most first (ties by
  // enterprise order), at most top_dominators of them.
  void dominators() {
    if (in_.dominators == nullptr || in_.dominators->empty()) return;
    const net::LayerDominators& all = in_.dominators->front();
    std::vector<net::Vertex> order;
    for (net::Vertex v = 0; v < in_.graph.n(); ++v) {
      if (all.dominated[static_cast<std::size_t>(v)] > 0) order.push_back(v);
    }
    std::stable_sort(order.begin(), order.end(), [&](net::Vertex a, net::Vertex b) {
      return all.dominated[static_cast<std::size_t>(a)] >
             all.dominated[static_cast<std::size_t>(b)];
    });
    heading(4, tr("供应支配者", "Supply dominators"), "dominators");
    paragraph(
        tr("支配者：在依赖关系图中，某企业到达其他企业的每条依赖路径都经过它，"
           "其失效无冗余可替代（Lengauer-Tarjan 算法）。",
           "A dominator lies on every dependency path to the enterprises it dominates: "
           "no redundancy covers its failure (Lengauer-Tarjan)."));
    if (order.empty()) {
      paragraph(tr("没有企业支配其他企业。", "No enterprise dominates another."));
      return;
    }
    const std::size_t shown = std::min(order.size(), in_.top_dominators);
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < shown; ++k) {
      const net::Vertex v = order[k];
      std::vector<std::string> dominated;
      std::size_t listed = 0;
      for (net::Vertex d = 0; d < in_.graph.n(); ++d) {
        const auto& list = all.dominators[static_cast<std::size_t>(d)];
        if (std::find(list.begin(), list.end(), v) == list.end()) continue;
        if (listed++ < 5) dominated.push_back(who(in_.graph.id(d)));
      }
      std::string text = join(dominated);
      if (listed > 5) text += tr(" 等 ", " and ") + std::to_string(listed - 5) + tr(" 家", " more");
      rows.push_back(
          {who(in_.graph.id(v)), std::to_string(all.dominated[static_cast<std::size_t>(v)]), text});
    }
    table({tr("企业", "Enterprise"), tr("支配企业数", "Dominated"),
           tr("被支配企业", "Dominated enterprises")},
          std::move(rows));
    if (order.size() > shown) {
      paragraph(tr("其余 " + std::to_string(order.size() - shown) + " 家见 dominators.csv。",
                   std::to_string(order.size() - shown) + " more in dominators.csv."));
    }
  }
};

}  // namespace

void append_bottleneck_blocks(const ReportInput& input, std::vector<ReportBlock>& blocks) {
  Bottlenecks(input, blocks).run();
}

}  // namespace symbio::viz
