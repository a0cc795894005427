#include "network/indicator_names.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string_view>

#include "network/conventions.hpp"

namespace symbio::net {
namespace {

// Every typed name, listed once more by hand: each must be the name of its entry in the
// conventions (a constant that drifts from the outputs' column name fails here), and the lists
// must be as long as the conventions' tables (a new indicator gets its constant).
constexpr std::array kColumns = {
    col::in_degree,
    col::out_degree,
    col::degree,
    col::in_degree_norm,
    col::out_degree_norm,
    col::degree_norm,
    col::in_strength,
    col::out_strength,
    col::betweenness,
    col::betweenness_norm,
    col::closeness_out,
    col::closeness_in,
    col::harmonic_out,
    col::harmonic_in,
    col::pagerank,
    col::pagerank_w,
    col::hub,
    col::authority,
    col::core_number,
    col::clustering,
    col::constraint,
    col::effective_size,
    col::efficiency,
    col::hierarchy,
    col::articulation,
    col::brokerage_coordinator,
    col::brokerage_itinerant,
    col::brokerage_representative,
    col::brokerage_gatekeeper,
    col::brokerage_liaison,
    col::community,
    col::cascade_impact,
    col::key_score,
};
constexpr std::array kFields = {
    field::enterprises,
    field::exchanges,
    field::ties,
    field::density,
    field::density_undirected,
    field::reciprocity,
    field::transitivity,
    field::average_clustering,
    field::weak_components,
    field::strong_components,
    field::largest_component_share,
    field::average_path_length,
    field::diameter,
    field::global_efficiency,
    field::degree_centralization,
    field::out_degree_centralization,
    field::in_degree_centralization,
    field::betweenness_centralization,
    field::connectance,
    field::linkage_density,
    field::cyclicity,
    field::modularity,
    field::typology,
};

TEST(IndicatorNames, EveryColumnConstantIsAnEnterpriseConvention) {
  ASSERT_EQ(kColumns.size(), enterprise_conventions().size());
  for (std::size_t i = 0; i < kColumns.size(); ++i)
    EXPECT_EQ(kColumns[i], enterprise_conventions()[i].name);
}

TEST(IndicatorNames, EveryFieldConstantIsAParkConvention) {
  ASSERT_EQ(kFields.size(), park_conventions().size());
  for (std::size_t i = 0; i < kFields.size(); ++i)
    EXPECT_EQ(kFields[i], park_conventions()[i].name);
}

TEST(IndicatorNames, ConstantsAreTheirOwnSpelling) {
  EXPECT_EQ(col::key_score, std::string_view("key_score"));
  EXPECT_EQ(field::degree_centralization, std::string_view("degree_centralization"));
}

}  // namespace
}  // namespace symbio::net
