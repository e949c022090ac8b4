#include "base/grid.h"

#include <gtest/gtest.h>

#include <vector>

namespace tally {
namespace {

Rule H(double y, double x0, double x1) { return {{x0, y - 0.5, x1, y + 0.5}}; }
Rule V(double x, double y0, double y1) { return {{x - 0.5, y0, x + 0.5, y1}}; }

// A 3-row, 3-column table whose header spans columns 1..2 (no rule between
// them in row 0) and whose first column spans rows 1..2.
std::vector<Rule> HeaderTable() {
  return {H(100, 50, 350),  H(120, 50, 350), H(140, 150, 350),
          H(160, 50, 350),  V(50, 100, 160), V(150, 100, 160),
          V(250, 120, 160), V(350, 100, 160)};
}

TEST(Grid, FindsOneTableWithItsLines) {
  std::vector<Grid> grids = FindGrids(HeaderTable(), 3);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 3);
  EXPECT_EQ(grids[0].cols(), 3);
  EXPECT_DOUBLE_EQ(grids[0].bbox().x0, 50);
  EXPECT_DOUBLE_EQ(grids[0].bbox().y1, 160);
}

TEST(Grid, FramedBoxIsNotATable) {
  std::vector<Rule> frame = {H(10, 10, 100), H(50, 10, 100), V(10, 10, 50),
                             V(100, 10, 50)};
  EXPECT_TRUE(FindGrids(frame, 3).empty());
}

TEST(Grid, SeparateTablesTopToBottom) {
  std::vector<Rule> rules = HeaderTable();
  for (Rule& r : rules) {
    r.box.y0 += 400;
    r.box.y1 += 400;
  }
  for (const Rule& r : HeaderTable()) rules.push_back(r);
  std::vector<Grid> grids = FindGrids(rules, 3);
  ASSERT_EQ(grids.size(), 2u);
  EXPECT_LT(grids[0].ys.front(), grids[1].ys.front());
}

TEST(Grid, MergedCellsFollowMissingRules) {
  std::vector<Grid> grids = FindGrids(HeaderTable(), 3);
  ASSERT_EQ(grids.size(), 1u);
  std::vector<int> anchor = CellAnchors(grids[0], 3);
  ASSERT_EQ(anchor.size(), 9u);
  EXPECT_EQ(anchor[2], 1);  // header spans columns 1..2
  EXPECT_EQ(anchor[6], 3);  // column 0 spans rows 1..2
  EXPECT_EQ(anchor[4], 4);  // an ordinary cell is its own anchor

  std::vector<GridCell> cells = MergedCells(grids[0], 3);
  // 9 grid cells: header pair and column-0 pair merged -> 7 cells.
  ASSERT_EQ(cells.size(), 7u);
  EXPECT_EQ(cells[1].row, 0);
  EXPECT_EQ(cells[1].col, 1);
  EXPECT_EQ(cells[1].cols, 2);
  EXPECT_EQ(cells[1].rows, 1);
  EXPECT_DOUBLE_EQ(cells[1].box.x0, 150);
  EXPECT_DOUBLE_EQ(cells[1].box.x1, 350);
  EXPECT_EQ(cells[2].row, 1);
  EXPECT_EQ(cells[2].col, 0);
  EXPECT_EQ(cells[2].rows, 2);
  EXPECT_DOUBLE_EQ(cells[2].box.y1, 160);
}

}  // namespace
}  // namespace tally
