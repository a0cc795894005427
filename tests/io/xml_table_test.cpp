#include "io/detail/xml_table.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/io/temp_dir.hpp"

namespace symbio::io::detail {
namespace {

using testing::find_problem;

// Offsets to 1-based lines and columns: "ab\ncd": offset 0 is 1:1, 4 ('d') is 2:2.
TEST(XmlTableTest, LineIndex) {
  const LineIndex lines("ab\ncd\n");
  EXPECT_EQ(lines.at(0), (std::pair<int, int>{1, 1}));
  EXPECT_EQ(lines.at(4), (std::pair<int, int>{2, 2}));
  EXPECT_EQ(lines.at(-1), (std::pair<int, int>{1, 1}));
}

// The readers' common beginning: the <graph> is returned, its parent is the root.
TEST(XmlTableTest, OpenGraphFindsTheGraph) {
  const std::string text = "<graphml>\n  <key id=\"d0\"/>\n  <graph id=\"G\"/>\n</graphml>\n";
  const LineIndex lines(text);
  pugi::xml_document doc;
  ValidationReport report;
  const pugi::xml_node graph = open_graph(text, "g.graphml", lines, kGraphml, 1000, doc, report);
  ASSERT_TRUE(graph);
  EXPECT_STREQ(graph.parent().name(), "graphml");
  EXPECT_TRUE(report.problems().empty());
}

// GEXF's edges are undirected unless it says otherwise, GraphML's directed: the warning
// names the <graph>'s line and column (line 2; column 4, where pugixml puts the element: its
// name, just after the '<' in column 3).
TEST(XmlTableTest, UndirectedWarningFollowsEachFormatsDefault) {
  const std::string gexf = "<gexf>\n  <graph/>\n</gexf>";
  pugi::xml_document doc;
  ValidationReport warned;
  ASSERT_TRUE(open_graph(gexf, "g.gexf", LineIndex(gexf), kGexf, 1000, doc, warned));
  const Problem* p = find_problem(warned, "undirected-gexf");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.line, 2);
  EXPECT_EQ(p->location.column, 4);
  const std::string directed = "<gexf><graph defaultedgetype=\"directed\"/></gexf>";
  ValidationReport quiet;
  ASSERT_TRUE(open_graph(directed, "g.gexf", LineIndex(directed), kGexf, 1000, doc, quiet));
  EXPECT_TRUE(quiet.problems().empty());
  const std::string graphml = "<graphml><graph/></graphml>";
  ValidationReport plain;
  ASSERT_TRUE(open_graph(graphml, "g.graphml", LineIndex(graphml), kGraphml, 1000, doc, plain));
  EXPECT_TRUE(plain.problems().empty());
  const std::string undirected = "<graphml><graph edgedefault=\"undirected\"/></graphml>";
  ValidationReport both;
  ASSERT_TRUE(
      open_graph(undirected, "g.graphml", LineIndex(undirected), kGraphml, 1000, doc, both));
  EXPECT_NE(find_problem(both, "undirected-graphml"), nullptr);
}

// Over the limit, not well-formed, another root, no <graph>: "bad-<root>" and an empty node.
TEST(XmlTableTest, OpenGraphErrors) {
  pugi::xml_document doc;
  auto problem = [&](const std::string& text, std::size_t max_bytes, const GraphFormat& format) {
    ValidationReport report;
    EXPECT_FALSE(open_graph(text, "f", LineIndex(text), format, max_bytes, doc, report)) << text;
    const Problem* p = find_problem(report, std::string("bad-") + format.root);
    return p != nullptr ? p->message : std::string("(none)");
  };
  EXPECT_EQ(problem("<gexf><graph/></gexf>", 5, kGexf),
            "GEXF file of 21 bytes exceeds the limit of 5 bytes");
  EXPECT_NE(problem("<graphml><graph></graphml>", 1000, kGraphml).find("not well-formed XML"),
            std::string::npos);
  EXPECT_EQ(problem("<graphml><graph/></graphml>", 1000, kGexf), "not GEXF: no <gexf> root");
  EXPECT_EQ(problem("<graphml/>", 1000, kGraphml), "the GraphML document has no <graph>");
}

}  // namespace
}  // namespace symbio::io::detail
