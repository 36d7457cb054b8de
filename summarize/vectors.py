"""Sparse TF-IDF vectors over content terms, in plain numpy (CSR arrays)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from summarize.textutil import content_terms


@dataclass(frozen=True)
class SparseRows:
    """Rows of L2-normalised TF-IDF vectors in CSR layout."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    n_columns: int

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def dot(self, dense: np.ndarray) -> np.ndarray:
        """Each row's dot product with a dense vector."""
        products = self.data * dense[self.indices]
        sums = np.zeros(self.n_rows)
        nonempty = self.indptr[:-1] < self.indptr[1:]
        if products.size:
            sums[nonempty] = np.add.reduceat(products, self.indptr[:-1][nonempty])
        return sums

    def dense_row(self, row: int) -> np.ndarray:
        vector = np.zeros(self.n_columns)
        lo, hi = self.indptr[row], self.indptr[row + 1]
        vector[self.indices[lo:hi]] = self.data[lo:hi]
        return vector

    def row_sum(self, rows: Sequence[int]) -> np.ndarray:
        total = np.zeros(self.n_columns)
        for row in rows:
            lo, hi = self.indptr[row], self.indptr[row + 1]
            np.add.at(total, self.indices[lo:hi], self.data[lo:hi])
        return total


class TfidfModel:
    """Vocabulary and smoothed IDF fitted on a set of texts (sentences)."""

    def __init__(self, term_lists: Sequence[Sequence[str]]) -> None:
        # The rows of the fitted texts themselves are asked for by several stages (title,
        # scoring, attribution): built once, read-only, for this very list of term lists.
        self._fitted = (term_lists, len(term_lists))
        self._fitted_rows: SparseRows | None = None
        self.vocabulary: dict[str, int] = {}
        frequency: list[int] = []
        for terms in term_lists:
            for term in dict.fromkeys(
                terms
            ):  # input order: columns (and sums) do not depend on the hash seed
                column = self.vocabulary.get(term)
                if column is None:
                    self.vocabulary[term] = len(frequency)
                    frequency.append(1)
                else:
                    frequency[column] += 1
        n = len(term_lists)
        self._idf = [math.log((1 + n) / (1 + f)) + 1.0 for f in frequency]
        self.idf = np.array(self._idf)

    @classmethod
    def from_texts(cls, texts: Sequence[str]) -> tuple[TfidfModel, list[list[str]]]:
        term_lists = [content_terms(text) for text in texts]
        return cls(term_lists), term_lists

    def rows(self, term_lists: Sequence[Sequence[str]]) -> SparseRows:
        """The L2-normalised TF-IDF rows of `term_lists` (read-only for the fitted texts)."""
        fitted, count = self._fitted
        if term_lists is not fitted or len(term_lists) != count:
            return self._rows(term_lists)
        if self._fitted_rows is None:
            rows = self._rows(term_lists)
            for array in (rows.indptr, rows.indices, rows.data):
                array.flags.writeable = False  # shared: a change in place would reach every user
            self._fitted_rows = rows
        return self._fitted_rows

    def _rows(self, term_lists: Sequence[Sequence[str]]) -> SparseRows:
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        idf = self._idf  # Python floats: the same doubles as self.idf, far cheaper one by one
        for terms in term_lists:
            counts: dict[int, int] = {}
            for term in terms:
                column = self.vocabulary.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            columns = sorted(counts)
            weights = [counts[c] * idf[c] for c in columns]
            squares = 0.0  # added in order, as sum() over numpy scalars did (no compensation)
            for weight in weights:
                squares += weight * weight
            norm = math.sqrt(squares) or 1.0
            indices.extend(columns)
            data.extend(w / norm for w in weights)
            indptr.append(len(indices))
        return SparseRows(
            np.asarray(indptr, dtype=np.int64),
            np.asarray(indices, dtype=np.int64),
            np.asarray(data, dtype=np.float64),
            len(self.vocabulary),
        )
