'use strict';
// The p-th quantile of sorted values (nearest rank below, as c_ref.c takes it).
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

module.exports = { percentile };
