#include "core/catalogue.hpp"

#include <algorithm>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

namespace symbio {

// Defined in the file CMake generates from core/data/resources.csv.
extern const char* const kBuiltinResourcesCsv;

namespace {

const std::vector<std::string_view> kColumns = {
    "key",      "name_en",   "name_zh",  "aliases",     "layer",  "kind",
    "gj_per_t", "gj_per_m3", "t_per_m3", "substitutes", "source", "substitutable"};

bool is_ascii_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+';
}

// True if `needle` occurs in `hay` as whole words (ASCII) or anywhere (non-ASCII needle).
bool contains_words(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return false;
  const bool ascii = static_cast<unsigned char>(needle.front()) < 0x80;
  std::size_t pos = 0;
  while ((pos = hay.find(needle, pos)) != std::string::npos) {
    if (!ascii) return true;
    const bool left_ok = pos == 0 || !is_ascii_word_char(hay[pos - 1]);
    const std::size_t end = pos + needle.size();
    const bool right_ok = end >= hay.size() || !is_ascii_word_char(hay[end]);
    if (left_ok && right_ok) return true;
    ++pos;
  }
  return false;
}

}  // namespace

ResourceCatalogue ResourceCatalogue::builtin() {
  ResourceCatalogue catalogue;
  catalogue.add_csv(kBuiltinResourcesCsv, "core/data/resources.csv");
  return catalogue;
}

void ResourceCatalogue::add_csv(std::string_view text, const std::string& file) {
  const auto records = parse_csv(text, file);
  if (records.empty()) throw DataError("empty resource catalogue", SourceLocation{file, 1, 1});
  const auto& header = records.front().fields;
  std::vector<int> column_of(kColumns.size(), -1);
  for (std::size_t c = 0; c < header.size(); ++c) {
    for (std::size_t k = 0; k < kColumns.size(); ++k) {
      if (match_key(header[c].text) == match_key(kColumns[k])) column_of[k] = static_cast<int>(c);
    }
  }
  for (std::size_t k = 0; k < 6; ++k) {  // key .. kind are required
    if (column_of[k] < 0) {
      throw DataError("resource catalogue lacks the column '" + std::string(kColumns[k]) + "'",
                      SourceLocation{file, records.front().line, 1});
    }
  }
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    auto field = [&](std::size_t k) -> const CsvField* {
      const int c = column_of[k];
      if (c < 0 || static_cast<std::size_t>(c) >= record.fields.size()) return nullptr;
      return &record.fields[static_cast<std::size_t>(c)];
    };
    auto text_of = [&](std::size_t k) {
      const CsvField* f = field(k);
      return f == nullptr ? std::string() : std::string(trim(f->text));
    };
    auto where = [&](std::size_t k) {
      const CsvField* f = field(k);
      return f == nullptr ? SourceLocation{file, record.line, 1}
                          : SourceLocation{file, f->line, f->column};
    };
    Resource res;
    res.key = text_of(0);
    if (res.key.empty()) throw DataError("resource without a key", where(0));
    res.name_en = text_of(1);
    res.name_zh = text_of(2);
    for (const auto& alias : split(text_of(3), '|')) {
      if (!trim(alias).empty()) res.aliases.emplace_back(trim(alias));
    }
    const auto layer = parse_layer(text_of(4));
    if (!layer) throw DataError("unknown layer '" + text_of(4) + "'", where(4));
    res.layer = *layer;
    const auto kind = parse_kind(text_of(5));
    if (!kind) throw DataError("unknown kind '" + text_of(5) + "'", where(5));
    res.kind = *kind;
    auto number = [&](std::size_t k, std::optional<double>& out) {
      const std::string t = text_of(k);
      if (t.empty()) return;
      const auto v = parse_number(t);
      if (!v || *v <= 0) throw DataError("expected a positive number, found '" + t + "'", where(k));
      out = v;
    };
    number(6, res.gj_per_t);
    number(7, res.gj_per_m3);
    number(8, res.t_per_m3);
    for (const auto& s : split(text_of(9), '|')) {
      if (!trim(s).empty()) res.substitutes.emplace_back(trim(s));
    }
    res.source = text_of(10);
    if (const std::string t = text_of(11); !t.empty()) {
      res.substitutable = parse_bool(t);
      if (!res.substitutable) {
        throw DataError("substitutable '" + t + "' is not true/false (yes/no, 1/0, 是/否)",
                        where(11));
      }
    }

    // An entry with an existing key replaces it; the index is then rebuilt, so that names and
    // aliases of the replaced entry no longer lead anywhere.
    const auto existing = std::find_if(resources_.begin(), resources_.end(),
                                       [&](const Resource& entry) { return entry.key == res.key; });
    if (existing != resources_.end()) {
      *existing = std::move(res);
      rebuild_index();
    } else {
      resources_.push_back(std::move(res));
      index(resources_.size() - 1);
    }
  }
}

void ResourceCatalogue::rebuild_index() {
  exact_.clear();
  for (std::size_t i = 0; i < resources_.size(); ++i)
    index(i);
}

void ResourceCatalogue::index(std::size_t position) {
  const Resource& res = resources_[position];
  exact_[match_key(res.key)] = position;
  if (!res.name_en.empty()) exact_[match_key(res.name_en)] = position;
  if (!res.name_zh.empty()) exact_[match_key(res.name_zh)] = position;
  for (const auto& alias : res.aliases)
    exact_[match_key(alias)] = position;
}

const Resource* ResourceCatalogue::find(std::string_view name) const {
  const std::string key = match_key(name);
  if (key.empty()) return nullptr;
  if (const auto it = exact_.find(key); it != exact_.end()) return &resources_[it->second];
  // Longest contained name wins; ties go to the entry listed first (deterministic).
  const Resource* best = nullptr;
  std::size_t best_length = 0;
  for (const auto& [candidate, position] : exact_) {
    if (candidate.size() <= best_length) continue;
    if (contains_words(key, candidate)) {
      best = &resources_[position];
      best_length = candidate.size();
    }
  }
  if (best == nullptr) return nullptr;
  // The unordered map gives no order: settle equal lengths by catalogue position.
  for (const auto& [candidate, position] : exact_) {
    if (candidate.size() == best_length && contains_words(key, candidate) &&
        &resources_[position] < best) {
      best = &resources_[position];
    }
  }
  return best;
}

const Resource* ResourceCatalogue::by_key(std::string_view key) const {
  for (const auto& res : resources_) {
    if (res.key == key) return &res;
  }
  return nullptr;
}

LayerInference infer_layer(const ResourceCatalogue& catalogue, std::string_view resource_name) {
  LayerInference inference;
  inference.resource = catalogue.find(resource_name);
  if (inference.resource != nullptr) inference.layer = inference.resource->layer;
  return inference;
}

}  // namespace symbio
