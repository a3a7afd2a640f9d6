"""Truth for karpathy's 'Unreasonable Effectiveness of RNNs' post: no entries."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "karpathy__karpathy.github.io___posts__2015-05-21-rnn-effectiveness@0c39d94.md"


def main() -> None:
    t = Truth(NAME, "no entries: a blog post whose papers are all named inline in running prose",
              "every line with a paper link")
    t.write()


if __name__ == "__main__":
    main()
