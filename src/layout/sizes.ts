/** The diagram's dimensions in viewBox units (1 unit is 1 CSS pixel when the diagram is shown at scale 1). */
export const sizes = {
  /** A neuron box: the steel-blue rectangle holding "o, δ". */
  box: { width: 180, height: 50, radius: 8 },
  /** Vertical distance between the centres of two neurons of a column (box, variable name, breathing room). */
  pitch: 108,
  /** Horizontal space between the boxes of column k − 1 and column k, by the kind of L^k (weights need room). */
  gap: { input1d: 136, linear: 188, activation: 136 },
  /**
   * The Loss box, under the last column ("bottom right", as in the series' network figures); the arrows of o^n
   * turn down into it `runGap` right of the boxes, `spread` apart, at least `inset` from its right side.
   */
  loss: { width: 264, height: 108, below: 62, runGap: 48, inset: 28, spread: 18 },
  /** The most presenting grows a box with its labels, from its top (the Loss) or its centre (a bias pill). */
  grownBox: 1.3,
  /**
   * A bias marker: a small pill over the top-left corner of its output neuron's box, its centre `dx` right of the
   * box's left side and `dy` above its top, clear of the box (a dimmed pill showed the box through it).
   */
  bias: { width: 46, height: 30, dx: 30, dy: 17 },
  /** Room above the top-most box for the two lines of column titles. */
  titleHeight: 84,
  /**
   * The band behind the column titles: from its top to the titles' baseline and from the baseline to its bottom; and
   * the heights of a title and of the line of symbols under it, superscripts included, which presenting grows.
   */
  titles: { above: 26, below: 36, title: 30, symbols: 22 },
  /** Empty border around the whole drawing. */
  margin: 20,
  /** Vertical shift of a red backward path from the blue forward edge it follows (negative: above). */
  backwardOffset: -10,
  /** Radius of the rounded corner of the arrows into and out of the Loss. */
  elbow: 28,
  /** Font sizes. */
  font: {
    value: 22,
    minValue: 12,
    variable: 19,
    title: 22,
    symbols: 18,
    edge: 19,
    /** A bias's symbol, smaller than a weight's: with its scripts it fits its pill's height with room to spare. */
    bias: 17,
    path: 20,
    product: 18,
    loss: 19,
  },
} as const;
