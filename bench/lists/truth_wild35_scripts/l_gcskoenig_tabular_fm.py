"""Wild35 truth for gcskoenig/awesome-tabular-foundation-models readme.md: a small awesome list of
tabular foundation model (TabPFN-family) papers, a work in progress.

Shape: one bullet per record, `- **Title** (year), authors. [[pdf]](url) - description`, under topic
headings (Foundation Models, Theory, Prior Design, Interpretability, Causal Inference, Benchmarks,
Educational); some headings are empty (Fast Inference holds only a note, Software and Libraries
nothing).  The bold text is the title.  Six records name the model only (`**TabFlex**` l.44,
`**ContextTab**` l.45, `**Real-TabPFN**` l.46, `**LimiX**` l.47, `**Mitra**` l.48, `**TabForestPFN**`
l.64): the record names no paper title, so the title is None (the arXiv link still identifies it).
On line 42 the list adds `(TabPFN v2)` to the Nature title; that nickname is dropped.  The Nature link
(l.42) gives no DOI.  Not entries: `**NanoTabICL**` (l.94), a code reimplementation with only a
[[code]] link; the badges, image, contents, contributing and related-list lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "gcskoenig__awesome-tabular-foundation-models__readme@84a31b5.md"
PART = "wild35_development"

NICKNAME_ONLY = {"TabFlex", "ContextTab", "Real-TabPFN", "LimiX", "Mitra", "TabForestPFN"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"- \*\*(.+?)\*\* \(\d{4}\)", ln)
        if not m or "[[pdf]]" not in ln:
            continue
        title = m.group(1)
        if title in NICKNAME_ONLY:
            title = None
        else:
            title = title.removesuffix(" (TabPFN v2)")
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 24, len(papers)
    write_truth(NAME, PART, papers,
                "Every bullet with a [[pdf]] paper link is one paper; its title is the bold text (the appended "
                "'(TabPFN v2)' dropped), None where the bold text is only the model's name; the code-only "
                "NanoTabICL bullet is not an entry.",
                "All 24 entries and the excluded NanoTabICL line compared with the file by eye.")


if __name__ == "__main__":
    main()
