// base/grid.h: a ruled table as a grid, shared by the ocr stage (which
// recognises a scanned table cell by cell) and layout (which reads a table
// row by row, a merged cell's text in its top-left grid cell).
//
// A grid is a connected set of ruling lines (Rule, base/geometry.h): its
// distinct horizontal positions are the row lines, its vertical ones the
// column lines. Two neighbouring grid cells are one merged cell where the
// rule between them is missing (a header spanning columns, a 一级指标
// spanning rows).
//
// Thread safety: pure functions.
//
//   for (const Grid& g : FindGrids(page.rules, 3)) {
//     for (const GridCell& c : MergedCells(g, 3)) Read(c.box);
//   }
#ifndef TALLY_BASE_GRID_H_
#define TALLY_BASE_GRID_H_

#include <vector>

#include "base/geometry.h"

namespace tally {

struct Grid {
  std::vector<double> xs, ys;  // sorted column and row line positions
  std::vector<Rule> h, v;      // its horizontal and vertical rules
  int rows() const { return int(ys.size()) - 1; }
  int cols() const { return int(xs.size()) - 1; }
  Box bbox() const { return {xs.front(), ys.front(), xs.back(), ys.back()}; }
};

// The tables among rules: each connected set of rules (touching within
// tol) with at least two row lines and three column lines (a single framed
// box is a border, not a table), positions closer than tol merged; sorted
// top to bottom.
std::vector<Grid> FindGrids(const std::vector<Rule>& rules, double tol);

// For every grid cell (row r, column c at r * cols + c), the grid cell its
// merged cell is anchored at: the top-most, then left-most of the cells
// joined by missing rules.
std::vector<int> CellAnchors(const Grid& g, double tol);

// A merged cell: its top-left grid cell, how many grid rows and columns
// its bounding box spans, and that box (between the grid lines).
struct GridCell {
  int row = 0, col = 0, rows = 1, cols = 1;
  Box box;
};

// Every merged cell of g once, in row-major order of their anchors.
std::vector<GridCell> MergedCells(const Grid& g, double tol);

}  // namespace tally

#endif  // TALLY_BASE_GRID_H_
