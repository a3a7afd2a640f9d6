"""Wild37 truth for zhangtaolab/zhangtaolab.github.io Publication.md: the publication list of a plant
genomics / genome-editing lab (CRISPR in rice, chromosome painting, open chromatin), 2025 back to 2006.

Shape: Jekyll front matter (lines 1-5), a bold note on the dagger mark, then year headings `## 2025`
... `## 2006`, each followed by `* ` bullets separated by blank lines (one stray line of two spaces,
49).  A bullet is one author-first reference on one line, "Authors (with †, \\*). [Title.](url)
***Journal*** year, vol(issue):pages": from 2018 up the title is the link text (usually with its final
period inside the link, sometimes without, some written as `.[Title]` with no space, line 126 with
"(2018)." before the link); from 2017 down most titles are plain text between the author list and the
bold-italic journal ("Authors. Title. ***Journal***").  Line 9 (in press) has no volume but a
"DOI: https://doi.org/..." text after the journal; Cell Press URLs hold parentheses (11, 32, 114, 136).  Species names are in `*italics*` inside titles
(markup removed).  Two indented sub-bullets: "Cover: [The Plant Journal Volume 101, Issue 2](pdf)"
(104), a journal cover, not an entry; and "Commentary: Heslop-Harrison, J.S. and Schwarzacher, T.
[Nucleosomes and centromeric DNA packaging.](pdf) ***PNAS*** 2013..." (176), a commentary article on
the paper above it, which is a scholarly work of its own and so an entry.

Entries: every top-level `* ` bullet (85) plus the commentary sub-bullet, 86 in all; one line each.
Journal articles, a methods chapter in Methods in Molecular Biology (84), tool and database papers
(PlantDHS, CRISPRMatch, CrisprStitch) all count.  Titles: the link text, or for unlinked references the
text between the author list (ending at the first ". " after the last author) and ` ***`, as written,
without the final period (line 194's title ends in the plant authority "(Pall.) Maxim."; its final dot
doubles as the separator and is dropped like the others; line 94 keeps "L." as the helper does for a
final capital initial).  Typos are kept as written ("knockoutstrategy" 18, "seed-preferredgenes" 22, the
"ﬁ" ligature in 18).  Four titles end in an italic species name right before the link's closing bracket and
the bold-italic journal (80, 124, 138, 160: `in *Arabidopsis thaliana*.](url) ***The Plant Cell***`); a
CommonMark renderer (markdown-it) gives the titles as recorded, but a whole-line regex clean-up that
removes the link first pairs the stars across the link and leaves a stray '*' before the species name.  Ids: only URLs that hold a DOI literally give one (Wiley doi/ and
doi/epdf/ links, Springer article/protocol links, one percent-encoded (96), BMC/SpringerOpen article
links, Frontiers /full, OUP advance-article links with the article number dropped, doi.org links,
sciengine; line 112's Frontiers URL ends in a slash after the DOI, which is dropped); Nature, Cell, ScienceDirect pii, MDPI, PNAS, rdcu.be and the lab's own PDFs give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "zhangtaolab__zhangtaolab.github.io__Publication@922d1b4.md"
PART = "wild37_development"

LINKED = re.compile(r"\[([^\]]+)\]\(")
PLAIN = re.compile(r"^\* (?:.*?[A-Z\\*†])\. (.+?) \*\*\*")


def strip_md(text: str) -> str:
    return re.sub(r"\*([^*]+)\*", r"\1", text).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    covers = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("  * "):
            if ln.startswith("  * Cover:"):
                covers.append(i)
                continue
            assert ln.startswith("  * Commentary:"), i
            m = LINKED.search(ln)
            papers.append(entry(lines, i, i, strip_md(m.group(1))))
            continue
        if not ln.startswith("* "):
            continue
        m = LINKED.search(ln)
        if m:
            title = strip_md(m.group(1))
        else:
            assert "](" not in ln, i
            m = PLAIN.match(ln)
            title = strip_md(m.group(1))
        p = entry(lines, i, i, title)
        if i == 112:  # the Frontiers URL ends in a slash after the DOI
            assert p["doi"] == "10.3389/fpls.2019.01173/", p["doi"]
            p["doi"] = "10.3389/fpls.2019.01173"
        papers.append(p)
    assert covers == [104], covers
    t = {p["line"]: p["title"] for p in papers}
    assert t[126].startswith("A large-scale whole-genome sequencing analysis"), t[126]
    assert t[144] == "Segmental Duplication of Chromosome 11 and its Implications for Cell Division and " \
        "Genome-wide Expression in Rice", t[144]
    assert t[170] == "Next-generation sequencing, FISH mapping and synteny-based modeling reveal mechanisms of " \
        "decreasing dysploidy in Cucumis", t[170]
    assert t[58] == "De Novo Centromere Formation in Pericentromeric Region of Rice Chromosome 8", t[58]
    assert t[176] == "Nucleosomes and centromeric DNA packaging", t[176]
    assert t[192] == "Adaptive microclimatic evolution of the dehydrin 6 gene in wild barley at “Evolution " \
        "Canyon”, Israel", t[192]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[13] == "10.1093/plphys/kiae557", d[13]
    assert d[96] == "10.1007/s10577-020-09630-5", d[96]
    assert d[84] == "10.1007/978-1-0716-1068-8_10", d[84]
    assert d[70] == "10.3389/fpls.2021.705834", d[70]
    assert d[9] == "10.1016/j.hpj.2025.02.020", d[9]  # the "DOI: https://doi.org/..." text after the venue
    assert d[24] is None and d[114] is None
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 86, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each top-level '* ' reference bullet under a year heading is one entry, plus the indented 'Commentary:' "
        "bullet (a commentary article); the 'Cover:' sub-bullet is not; the title is the link text, or for unlinked "
        "references the text between the author list and the bold-italic journal, without the final period.",
        "Every bullet of the file listed with its extracted title in the -v output and compared with the file by "
        "eye (all 86); the first and last bullet of each year, the unlinked references of 2017-2006, the bullets "
        "with no space before the link (13, 16, 18, 20, 24, 46) or a year before it (126), the italic species names "
        "(58, 80, 92, 94, 138), the two sub-bullets (104 cover, 176 commentary), the four titles ending in an italic species "
        "name (80, 124, 138, 160, rendered with markdown-it to confirm), and the DOI of every bullet "
        "(Wiley, Springer, OUP, Frontiers, BMC URLs give one; Nature, Cell, ScienceDirect, MDPI, PNAS, PDFs none) "
        "checked.",
    )


if __name__ == "__main__":
    main()
