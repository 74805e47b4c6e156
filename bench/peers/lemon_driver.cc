// Solves a DIMACS min-cost-flow file with LEMON's network simplex; times the solve only (reading and
// building the graph are not timed). Prints the lines the bench report reads:
//   optimum COST / solve_seconds S / peak_rss_kb KB (the process's peak resident set, reading included).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sys/resource.h>
#include <lemon/dimacs.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

using namespace lemon;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: lemon-mcf FILE.min\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  SmartDigraph g;
  SmartDigraph::ArcMap<long long> lower(g), capacity(g), cost(g);
  SmartDigraph::NodeMap<long long> supply(g);
  readDimacsMin(in, g, lower, capacity, cost, supply);
  NetworkSimplex<SmartDigraph, long long, long long> ns(g);
  ns.lowerMap(lower).upperMap(capacity).costMap(cost).supplyMap(supply);
  auto t0 = std::chrono::steady_clock::now();
  NetworkSimplex<SmartDigraph, long long, long long>::ProblemType status = ns.run();
  auto t1 = std::chrono::steady_clock::now();
  if (status != NetworkSimplex<SmartDigraph, long long, long long>::OPTIMAL) {
    std::cerr << "not optimal (status " << status << ")\n";
    return 4;
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("optimum %lld\nsolve_seconds %.6f\npeak_rss_kb %ld\n", ns.totalCost<long long>(),
              std::chrono::duration<double>(t1 - t0).count(), ru.ru_maxrss);
  return 0;
}
