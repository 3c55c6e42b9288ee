#pragma once

// Readability's hints: class and id patterns that mark page chrome or content, and the class weight.

#include <QRegularExpression>

namespace marginalia::importdetail::html {

struct Node;

// The reader-mode attempts relax these one by one when too little text is found.
enum ReadabilityFlag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

const QRegularExpression &reUnlikely();
const QRegularExpression &reMaybe();
const QRegularExpression &reByline();
const QRegularExpression &reShare();
// +25 for a content-like class or id, -25 for a chrome-like one (each); 0 without WeightClasses.
int classWeight(const Node &node, int flags);

} // namespace marginalia::importdetail::html
