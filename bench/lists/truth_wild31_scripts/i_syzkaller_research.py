"""Wild31 truth for google/syzkaller docs/research.md: the syzkaller project's page of research work built on
syzkaller, plus other kernel fuzzing work (systems security).

Shape: ``* [Title](url)`` bullets, newest first, some followed on the same line by ``([pdf](..), [source
code](..))`` or a remark, one (Charm, lines 33-36) continuing its video/slides/source links on three more
lines.  Entry = a bullet whose subject is one paper, thesis, white paper or poster; the title is the link text.
Not entries: line 13 (a corpus / dataset repository), 14 (a YouTube talk), 16 (a blog post), 45 (Black Hat
slides), 46 (SlideShare talk), 54 and 56 (tool repositories), 57 (a Cloudflare blog post), 60 (link to the
talks page), the intro (3, 5).
Counted, with their decision:
- 10 SyzDescribe and 15 KASPER link to a code repository / project page but the bullet names the paper.
- 22 Torpedo links to a thesis in a university repository.
- 23 "[Healer](github) is a kernel fuzzer ... ([pdf](...healer-sosp21.pdf))": the SOSP'21 paper given only by
  its nickname, so title None.
- 37 ALEXKIDD-FUZZER is a symposium poster; 42 is a Black Hat white paper.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "google__syzkaller__docs__research@1e72964.md"
PART = "wild31_development"
NOT_ENTRIES = {13, 14, 16, 45, 46, 54, 56, 57}
SPANS = {33: 36}  # Charm's extra links on the following lines


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("* [") or i in NOT_ENTRIES:
            continue
        text = re.match(r"\* \[(.*?)\]\(", ln).group(1).strip()
        title = None if text == "Healer" else text
        papers.append(entry(lines, i, SPANS.get(i, i), title))
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '* [text](url)' bullet whose subject is a paper, thesis, white paper or poster is an entry (talks, "
        "blog posts, tools and the corpus excluded); the title is the link text, None for the nickname-only Healer.",
        "All 47 bullets of the small file read by eye: the eight non-paper bullets, the Healer, Torpedo, "
        "SyzDescribe, KASPER, poster and white-paper decisions, Charm's four-line span and the ids of each line.",
    )


if __name__ == "__main__":
    main()
