"""Design check: value runs -> good start points (>=2 runs active) -> chain consecutive good points covered by
one interval -> each interval joins the component of the good points in its span. Compare with brute force."""

import random


def comps(n, edges):
    p = list(range(n))

    def f(x):
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    for a, b in edges:
        p[f(a)] = f(b)
    g = {}
    for i in range(n):
        g.setdefault(f(i), set()).add(i)
    return g.values()


def design(iv):
    runs = []
    for v in set(x[2] for x in iv):
        cur = None
        for s, e in sorted((x[0], x[1]) for x in iv if x[2] == v):
            if cur and s <= cur[1]:
                cur[1] = max(cur[1], e)
            else:
                cur = [s, e]
                runs.append(cur)
    starts = sorted(set(x[0] for x in iv))
    # active runs at t = #start<=t - #end<t  (sweep counts)
    good = [t for t in starts if sum(r[0] <= t for r in runs) - sum(r[1] < t for r in runs) >= 2]
    comp = {}
    cid = -1
    prev = None
    for t in good:
        maxend = (
            max(x[1] for x in iv if x[0] <= (prev if prev is not None else t)) if prev is not None else None
        )
        if prev is None or maxend < t:
            cid += 1
        comp[t] = cid
        prev = t
    groups = {}
    for i, x in enumerate(iv):
        inside = [comp[t] for t in good if x[0] <= t <= x[1]]
        if inside:
            groups.setdefault(inside[0], set()).add(i)
    return {frozenset(g) for g in groups.values()}


bad = 0
for _trial in range(20000):
    n = random.randint(1, 10)
    iv = []
    for _i in range(n):
        s = random.randint(0, 10)
        iv.append((s, s + random.randint(0, 4), random.randint(0, 2)))
    real = [
        (i, j)
        for i in range(n)
        for j in range(i + 1, n)
        if iv[i][2] != iv[j][2] and iv[i][0] <= iv[j][1] and iv[j][0] <= iv[i][1]
    ]
    r = {frozenset(c) for c in comps(n, real) if len(c) > 1}
    if r != design(iv):
        bad += 1
        if bad < 3:
            print("counterexample", iv, r, design(iv))
print("mismatches", bad, "of 20000")
