// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace seawall::PrintStyle {

// Paper is laid out in logical units of 0.1 pt (A4 = 5953 × 8419), and every
// font is sized in those units (QFont::setPixelSize), so that the same
// layout paints alike on a PDF, a printer and an image of any resolution,
// and charts rendered into the page keep their text size.
constexpr int kUnitsPerPoint = 10;
constexpr int points(double pt) { return int(pt * kUnitsPerPoint + 0.5); }

enum class Face { Title, Heading, Body, Table };

// Fonts that cover Simplified Chinese: Noto Serif/Sans CJK SC where present
// (Debian's fonts-noto-cjk), the platform's 宋体 / 黑体 otherwise.
QFont font(Face face, double pointSize, bool bold = false);

// The red of Chinese official documents (title, rule).
inline QColor red() { return QColor(0xc0, 0x00, 0x00); }

} // namespace seawall::PrintStyle
