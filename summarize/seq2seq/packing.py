"""Pack source sentences into model windows: fair to every article, salient first.

Each article gets a fair share of the token budget (water-filling); within its share it
keeps its most salient sentences (the extractive engine's ranking) and they are read in
the article's own order. A sentence is never cut. The number of windows is a hard cap,
and what did not fit is counted, never silently lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Unit = tuple[str, int]  # (text, tokens)


def fair_shares(lengths: Sequence[int], budget: int) -> list[int]:
    """Water-filling: each article gets min(its length, an equal share of what is left)."""
    shares = [0] * len(lengths)
    remaining = budget
    pending = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    while pending:
        equal = remaining // len(pending)
        index = pending[0]
        if lengths[index] <= equal:
            shares[index] = lengths[index]
            remaining -= lengths[index]
            pending.pop(0)
            continue
        for index in pending:
            shares[index] = equal
        break
    return shares


@dataclass(frozen=True)
class Packing:
    windows: list[list[list[str]]]  # windows, each a list of per-article unit lists
    tokens_in: int  # tokens of the units that are in some window
    tokens_total: int  # tokens of all units offered
    units_left_out: int


def pack_windows(
    articles: Sequence[Sequence[Unit]],
    window: int,
    total_budget: int,
    priorities: Sequence[Sequence[float]] | None = None,
    group_cost: int = 0,
    max_windows: int | None = None,
) -> Packing:
    """Pack (text, tokens) units of each article into windows of at most `window` tokens.

    Each article keeps units up to its fair share of `total_budget`, the highest
    `priorities` first (default: its leading units), in their original order. A unit
    longer than a window is left out. Each article's run in a window costs `group_cost`
    extra tokens (its separator). At most `max_windows` windows: the budget shrinks
    until the packing fits.
    """
    budget = total_budget
    while True:
        packing = _pack(articles, window, budget, priorities, group_cost)
        if max_windows is None or len(packing.windows) <= max_windows or budget <= 0:
            return packing
        budget -= max(1, window // 8)  # packing lost a little to fragmentation


def _pack(
    articles: Sequence[Sequence[Unit]],
    window: int,
    budget: int,
    priorities: Sequence[Sequence[float]] | None,
    group_cost: int,
) -> Packing:
    lengths = [sum(tokens for _t, tokens in units) for units in articles]
    shares = fair_shares(lengths, max(0, budget))
    kept: list[list[Unit]] = []
    for position, (units, share) in enumerate(zip(articles, shares, strict=True)):
        order = list(range(len(units)))
        if priorities is not None:
            ranks = priorities[position]
            order.sort(key=lambda i: (-ranks[i], i))
        chosen: set[int] = set()
        used = 0
        for index in order:
            tokens = units[index][1]
            if tokens + group_cost > window or used + tokens > share:
                continue
            chosen.add(index)
            used += tokens
        kept.append([units[i] for i in sorted(chosen)])
    windows: list[list[list[str]]] = []
    current: list[list[str]] = []
    used = 0
    tokens_in = 0
    for units in kept:
        group: list[str] = []
        for text, tokens in units:
            cost = tokens + (0 if group else group_cost)
            if used + cost > window and (group or current):
                if group:
                    current.append(group)
                windows.append(current)
                current, group, used = [], [], 0
                cost = tokens + group_cost
            group.append(text)
            used += cost
            tokens_in += tokens
        if group:
            current.append(group)
    if current:
        windows.append(current)
    n_units = sum(len(units) for units in articles)
    n_kept = sum(len(units) for units in kept)
    return Packing(windows, tokens_in, sum(lengths), n_units - n_kept)
