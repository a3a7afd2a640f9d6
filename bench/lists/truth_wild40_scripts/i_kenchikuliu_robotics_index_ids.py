"""Wild40 truth for kenchikuliu/3DGS-SLAM-Papers graphify-out/.../deduped/indexes/robotics_index.md: a generated
index of the robotics papers (3D Gaussian splatting / NeRF for navigation, localization, active reconstruction,
grasping and manipulation) in a personal collection of PDFs converted to Markdown, one line per paper file.

Shape: "# Robotics Index" (1), a statistics bullet "- paper count: 97" (3), three statistics sections of
"- Name: count" bullets ("## Top Datasets" 5-20, "## Top Metrics" 22-26, "## Top Concepts" 28-32), then
"## Papers" (34) and 97 bullets (36-132), each "- Label | file.md", eleven with a third field "| aliases 1":
- 36-67: 32 files named by their arXiv number, the label repeating it ("- 2209.08409 | 2209.08409.md", one with a
  version, "- 2603.04869v1 | 2603.04869v1.md", 67);
- 68-132: 65 files named "NNNN_[Robotics]_Title.md", the label being the paper's title as the file name keeps it:
  colons dropped ("3DGSNav Enhancing Vision-Language Model Reasoning ..." for "3DGSNav: Enhancing ...") and cut
  at the file-name limit, often mid-word ("... for Object Navigat", 68; "... with Gaussian Splatt", 73; "with
  a Mob", 97), sorted alphabetically.
No links, authors, venues or URLs.

Decisions:
- Entries: the 97 bullets under "## Papers", each one paper file (conference and journal papers and preprints;
  the two ObjectFolder dataset papers, 113-114, are papers).  Not entries: the paper-count bullet and the
  dataset/metric/concept statistics bullets.
- Span: the bullet's single line.
- Title: the label before the first " | ", as written (truncated, colon-less); None for the 32 records named only
  by their arXiv number, which name no title.
- Ids: none.  The 32 numbers are bare ("2209.08409", "2603.04869v1"), without "arXiv:" or an arxiv.org URL, so
  they are not an arXiv id form under the truth format (as in wild13's Mycenae list); the records are kept as
  entries with title None.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = (
    "kenchikuliu__3DGS-SLAM-Papers__graphify-out__filtered__recategorized__final_reviewed__final_reviewed_v2__"
    "final_reviewed_v3__deduped__indexes__robotics_index@d159251.md"
)
PART = "wild40_development"

ID_ONLY = re.compile(r"^- (\d{4}\.\d{4,5}(?:v\d+)?) \| \1\.md$")
TITLED = re.compile(r"^- (.+?) \| (\d{4})_\[Robotics\]_(.+)\.md(?: \| aliases 1)?$")
STAT = re.compile(r"^- [^|]+: \d+$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Papers") + 1
    assert start == 34, start
    papers = []
    ids = 0
    for n, ln in enumerate(lines, 1):
        if n <= start:
            assert not ln.strip() or ln.startswith("#") or STAT.match(ln), (n, ln)
            continue
        if not ln.strip():
            continue
        if ID_ONLY.match(ln):
            papers.append(entry(lines, n, n, None))
            ids += 1
            continue
        m = TITLED.match(ln)
        assert m, (n, ln)
        label, stem = m.group(1), m.group(3)
        assert label == stem or stem.startswith(label), (n, label, stem)
        papers.append(entry(lines, n, n, label))
    assert ids == 32, ids
    assert len(papers) == 97, len(papers)
    assert [p["line"] for p in papers] == list(range(36, 133))
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 97 '- Label | file.md' bullets under '## Papers' is one paper file; title = the label as"
        " written (file-name titles without colons, truncated), None for the 32 records named by a bare arXiv"
        " number (not an arXiv id form, so no id); statistics bullets are not entries.",
        "All 132 lines asserted (header, statistics bullets, 32 id-only bullets, 65 titled bullets whose label is"
        " the file name's title part); -v output compared by eye for every bullet: the first and last id-only"
        " records 36/67 (version suffix), the eleven 'aliases 1' lines, the truncated labels 68/73/97, and the"
        " dataset papers 113-114.",
    )


if __name__ == "__main__":
    main()
