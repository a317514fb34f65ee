"""Grounded extensions by an independent solver (pygarg), for the Swift tests to compare.

Usage: grounded-crosscheck.py DIR
Reads every DIR/*.i23 (ICCMA 2023 format, parsed by pygarg's own parser) and prints one line
per file: the file name, a tab, and the grounded extension as ascending argument numbers
separated by spaces. `make test` installs pygarg into .build/pyvenv.
"""
import os
import sys

from pygarg.dung import dimacs_parser, solver


def main(folder):
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".i23"):
            continue
        args, atts = dimacs_parser.parse(os.path.join(folder, name))
        extension = solver.compute_grounded_extension(args, atts)
        print(name + "\t" + " ".join(str(a) for a in sorted(int(x) for x in extension)))


if __name__ == "__main__":
    main(sys.argv[1])
