"""Wild33 truth for harvard-edge/cs249r_fall2025 course/schedule.md: the week-by-week schedule and
readings of Harvard CS249r (Fall 2025), a graduate seminar on AI agents for computer architecture.

Shape: front matter, a linked table of contents (lines 29-47, not entries), then one ``## Week N`` section per
week with a guest-speaker line and italic bio/motivation paragraphs, and reading blocks introduced by
``**📋 Required Reading:**``, ``**📋 Main Papers:**``, ``**🎯 Main Papers:**`` or ``**📖 Supplemental Reading:**``,
each a ``- [Title](url)`` bullet list.  ``**📚 Background Reading:**`` lines link textbook chapters
(mlsysbook.ai) and ``**✍️ Blog Post**`` lines link the course blog: not entries.

Entries: every bullet of a reading block, except the two SIGARCH "Computer Architecture Today" blog posts
(lines 58 and 74) and the Google Research blog post announcing AlphaEvolve (line 146).  The Remy bullet
(line 168) links the project page of the Remy paper and the ChipNeMo bullet (line 292) a publication page:
both are papers and kept.  Title = the link text; four bullets append the system's nickname in parentheses
after the title ("(Decima)" line 169, "(HyperMapper 2.0)" line 201, "(AutoTVM)" line 216, "(Circuit
Training)" line 316): the nickname is dropped.  "Remy: TCP ex Machina" (line 168) is kept as written.
The same paper listed twice (lines 127/216, 310/316) gives two entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "harvard-edge__cs249r_fall2025__course__schedule@06b5ed3.md"
PART = "wild33_development"

BLOCKS = ("**📋 Required Reading:**", "**📋 Main Papers:**", "**🎯 Main Papers:**", "**📖 Supplemental Reading:**")
BLOGS = ("sigarch.org/", "research.google/blog/")
NICK = {169: " (Decima)", 201: " (HyperMapper 2.0)", 216: " (AutoTVM)", 316: " (Circuit Training)"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    block = False
    for i, ln in enumerate(lines, 1):
        if ln.startswith("**"):
            block = ln.strip() in BLOCKS
            continue
        if ln.startswith("#"):
            block = False
            continue
        if not block or not ln.startswith("- ["):
            continue
        m = re.match(r"- \[(.+)\]\((\S+)\)\s*$", ln)
        assert m, (i, ln)
        if any(b in m.group(2) for b in BLOGS):
            continue
        title = m.group(1)
        if i in NICK:
            assert title.endswith(NICK[i]), (i, title)
            title = title[: -len(NICK[i])]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 73, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bullet of a Required/Main/Supplemental reading block is an entry (blog posts excluded); title = link "
        "text without an appended nickname in parentheses.",
        "Every reading bullet of the file compared by eye with the output; blog posts, book-chapter lines, TOC "
        "bullets checked absent; the four nickname-stripped titles and both duplicated papers checked.",
    )


if __name__ == "__main__":
    main()
