"""Truth for labmlai/annotated_deep_learning_paper_implementations: no entries."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "labmlai__annotated_deep_learning_paper_implementations__readme@e6b3c8a.md"


def main() -> None:
    t = Truth(NAME, "no entries: every item links an annotated code implementation (nn.labml.ai), not a paper",
              "the whole file")
    t.write()


if __name__ == "__main__":
    main()
