"""Wild5 truth for dougefla/Awesome-Articulated-Object-Understanding README: an awesome list of
articulated-object papers (vision, graphics, robotics), one paper per heading.

Shape: intro, a '<details>' Update log (dated bullets that name papers being added: news, not
entries), a Table of contents, then 14 '## Category' sections, each with numbered
'### N. Title' headings.  Under each heading: an italic '*Nickname or Authors, Venue Year*' line
(once after a blank line), a blank line, a link line '[📄 Paper](url) | [🌐 Project Page](...) |
[💻 Code](...)' (Paper always first), '- Level/Dataset/Input' bullets and a '<details span>' card with
the abstract ('<summary><b>Abstract</b></summary>' ... '</details>').  111 headings, every one a
scholarly work (a Computer Graphics Forum survey, conference papers, arXiv preprints, datasets
published as papers, one PhD thesis on hdl.handle.net whose card has no abstract): 111 entries.

Entry = heading to its '</details>' (for the thesis: to its last bullet).  Title = the heading text
after 'N. ' as written; the italic nickname/venue line is not part of it.  Ids from the entry's
lines: the Paper link (arXiv, doi.org, dl.acm.org/doi/...); Project/Code links hold none.  The
closing Credits line (a template credit) is not an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "dougefla__Awesome-Articulated-Object-Understanding__README@cd14f53.md"
PART = "wild5_development"
PER_SECTION = {"Survey": 1, "Articulation Detection": 9, "Articulation Estimation": 14, "Dataset": 10,
               "Dataset Augmentation": 2, "Digital Twins": 14, "Generation": 11, "Implicit Representation": 20,
               "Kinematic Inference": 4, "Manipulation": 14, "Motion Transfer": 3, "Reconstruction": 6,
               "Scene-level Reconstruction": 1, "Tracking": 2}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    no_abstract = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if not text.startswith("### "):
            continue
        m = re.fullmatch(r"### (\d+)\. (.+)", text)
        assert m, i
        counts[section] = counts.get(section, 0) + 1
        assert int(m.group(1)) == counts[section], i
        k = i + 1
        end = None
        while k <= len(lines) and not lines[k - 1].startswith("#"):
            if lines[k - 1].strip():
                end = k
            if lines[k - 1].strip() == "</details>":
                break
            k += 1
        block = lines[i - 1 : end]
        assert sum(1 for t in block if t.startswith("[📄 Paper](")) == 1, i
        if lines[end - 1].strip() != "</details>":
            no_abstract.append(m.group(2))
        papers.append(entry(lines, i, end, m.group(2)))
    assert counts == PER_SECTION, counts
    assert len(papers) == 111
    assert no_abstract == ["Building Digital Twins of Articulated Objects and Scenes through Interactive Perception"]
    write_truth(NAME, PART, papers,
                "every '### N. Title' heading is an entry, from the heading through its link line, bullets and abstract"
                " <details> card; title = the heading text after the number; the update log's paper names are news",
                "all 111 headings (111 '[📄 Paper]' lines, per-section counts and numbering), the thesis card without"
                " abstract, the SINGAPO heading with a blank line before its italic line, DOIs from doi.org and ACM"
                " links, the title with '$^3$' (SM$^3$) and every tenth title against the file")


if __name__ == "__main__":
    main()
