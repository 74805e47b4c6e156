"""NetworkX's network simplex on a DIMACS min-cost-flow file; times the solve only.

Prints the lines the bench report reads: optimum COST, solve_seconds S, peak_rss_kb KB.
Arcs go into a MultiDiGraph, so parallel arcs stay apart.
"""
import resource
import sys
import time

import networkx as nx


def read(path):
    g = nx.MultiDiGraph()
    with open(path) as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "c":
                continue
            if parts[0] == "p":
                for v in range(1, int(parts[2]) + 1):
                    g.add_node(v, demand=0)
            elif parts[0] == "n":
                g.nodes[int(parts[1])]["demand"] = -int(parts[2])
            elif parts[0] == "a":
                if int(parts[3]) != 0:
                    sys.exit("lower bounds above 0 are not supported: line " + line.strip())
                g.add_edge(int(parts[1]), int(parts[2]), capacity=int(parts[4]), weight=int(parts[5]))
    return g


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: networkx_mcf.py FILE.min")
    g = read(sys.argv[1])
    t0 = time.perf_counter()
    cost, _ = nx.network_simplex(g)
    t1 = time.perf_counter()
    print("optimum %d" % cost)
    print("solve_seconds %.6f" % (t1 - t0))
    print("peak_rss_kb %d" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    print("version %s" % nx.__version__)


if __name__ == "__main__":
    main()
