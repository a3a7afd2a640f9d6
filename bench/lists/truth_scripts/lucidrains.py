"""Truth for lucidrains/vit-pytorch: the fenced BibTeX entries under '## Citations'."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "lucidrains__vit-pytorch__README@69d24fe.md"


def main() -> None:
    t = Truth(NAME, "every @entry of the fenced bibtex blocks under '## Citations' is an entry from '@' to its"
              " closing brace, title = its title field without braces; an entry with no title (a blog post) is not", "all entries")
    start = t.lines.index("## Citations")
    i = start
    while i < len(t.lines):
        i += 1
        if t.line(i).startswith("@"):
            end = next(j for j in range(i + 1, len(t.lines) + 1) if t.line(j).rstrip() == "}")
            m = re.search(r"^\s*title\s*=\s*[{\"](.+?)[}\"]\s*,?\s*$", t.span(i, end), re.MULTILINE)
            if m:  # an entry without a title cites a blog post
                t.add(i, end, re.sub(r"[{}]", "", m.group(1)))
            i = end
    t.write()


if __name__ == "__main__":
    main()
