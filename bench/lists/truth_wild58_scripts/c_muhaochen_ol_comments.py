"""Wild58 truth for Muhao-Chen/muhao-chen.github.io _pages/publication.md at 1ae89b3 (2025-09-30): the publication
page of Muhao Chen (tensegrity structures and robotics), an academicpages (minimal-mistakes) Jekyll site whose list
is hand-written as HTML ``<ol reversed>`` lists inside Markdown, with many items commented out.

Shape: 208 lines, 36 KB.  Front matter (1-7), ``<div ... markdown="1">`` (10), a Google Scholar line (12), then
"## Journal Articles" (15) with "Submitted" (17, ``<ol reversed>`` 18-33) and "Published" (34, 35-79);
"## Books & Chapters" (82, 84-88); "## Conferences" (92) with "Conference with Full Papers" (94): Submitted (95,
96-105) and Published (106, 107-130), and "Conference with Abstracts" (131): a commented-out Submitted list
(132-143) and Published (144, 145-174); then a commented-out "## Patents" block (189-...) and a commented-out
"## Thesis and Dissertation" block (201-206).  One ``<li>`` a line:
``<li>Authors with <strong>Chen, M.</strong>*, Year. Title. <u>Venue</u>. volume, pages.</li>``.  The title is
plain text: no markup around it.

Special cases:
- HTML comments: 38 ``<li>`` items are inside ``<!-- ... -->`` and are not rendered: most are one-line comments
  (``<!-- <li>...</li> -->``), but 30-31 is one comment spanning two lines, so the un-prefixed ``<li>`` at 31
  (OriTsgEFA) is commented out too; the "## Patents" comment opened at 189 runs to the first ``-->`` at 193, so the
  un-prefixed ``<li>Khaled, M., ... Drilling ...`` at 192 is commented; the Thesis block 201-206 likewise.
- 40-41: one item broken over two lines after the year.
- 61: the year comes after the title (``Skelton, R.E. Q-Markov Covariance ... Systems. 2023. <u>``).
- 170: the year is repeated after the title (``... Prosthesis. 2022. <u>``): dropped.
- 86 (Books & Chapters): ``Title. Vol 437. <u>Springer</u>``: "Vol 437" is not part of the title.
- 159, 160: the venue is not underlined (``Title. The Engineering Mechanics Institute Conference ... (<u>EMI/PMC
  2024</u>)``): the title ends before " The Engineering Mechanics Institute".
- 39: "Extraterrestrial Regolith Simulant Database" (DesignSafe-CI), a data publication listed among the journal
  articles in the same form as the papers: kept as an entry.
- 45: an editorial of a special issue; 146-173: conference abstracts: kept as entries (titled, dated works).
- Several works appear twice (journal and conference versions, e.g. "Gyroscopic Tensegrity Robots" 76 and 128):
  each listing is an entry.
- No arXiv ids or DOIs are written.

Decisions:
- Entry = every ``<li>`` that opens outside an HTML comment: 104 entries; span = its line (40-41 for the broken
  one).  Title = the tag-stripped text before the first ``<u>``, after the ``Year. `` that ends the authors, trailing
  period dropped, with the fixes above.
"""
import bisect
import re

from _wild58 import entry, read_lines, write_truth

NAME = "Muhao-Chen__muhao-chen.github.io___pages__publication@1ae89b3.md"
PART = "wild58_development"

ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)
AFTER_YEAR = re.compile(r"(?:19|20)\d\d\.\s+(.*)$")


def main() -> None:
    lines = read_lines(NAME)
    text = "\n".join(lines)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)

    def line_of(off: int) -> int:
        return bisect.bisect_right(offsets, off)

    comments = []
    i = 0
    while (a := text.find("<!--", i)) >= 0:
        b = text.find("-->", a + 4) + 3
        comments.append((a, b))
        i = b
    papers = []
    for m in ITEM.finditer(text):
        if any(a <= m.start() < b for a, b in comments):
            continue
        first, last = line_of(m.start()), line_of(m.end() - 1)
        pre = re.sub(r"<[^>]+>", "", m.group(1).replace("\n", " ").split("<u>")[0]).strip()
        if first == 61:
            title = re.search(r"R\.E\. (.+?)\. 2023\.$", pre).group(1)
        else:
            title = AFTER_YEAR.search(pre).group(1)
            title = title.split(". The Engineering Mechanics Institute")[0]
            title = re.sub(r"\. (Vol 437|2022)\.$", "", title)
        title = title.strip().rstrip(".").strip()
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 104, len(papers)
    assert 31 not in by and 192 not in by and 19 not in by, sorted(by)[:5]
    assert by[22]["title"] == "Design and self-stress analysis of a family of core-expander tensegrity structures"
    assert by[40]["end"] == 41 and by[40]["title"] == (
        "Nonlinear statics and dynamics of membrane systems based on positional FEM"
    ), by[40]
    assert by[43]["title"] == "Design and analysis of tensegrity D–Bar based metamaterials with negative Poisson’s ratio"
    assert by[61]["title"] == "Q-Markov Covariance Equivalent Realizations for Unstable and Marginally Stable Systems"
    assert by[86]["title"] == "Analysis of Optimal Deployment Strategy for Large Deployable Tensegrity Space Antennas"
    assert by[159]["title"] == "Integrated Origami and Tensegrity Systems Dynamics Based on the Bar-Hinge Model"
    assert by[160]["title"] == (
        "Revolutionary Expandable Rotating Shielded Space Habitat: Pioneering Sustainable Life Beyond Earth"
    ), by[160]
    assert by[170]["title"] == "A Tensegrity Approach for Lower-Limb Prosthesis", by[170]
    assert by[173]["title"] == "Finite element analytical formulation for nonlinear tensegrity dynamics", by[173]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="HTML <ol reversed> lists in Markdown (journal articles submitted/published, book chapter,"
        " conference full papers submitted/published, published conference abstracts).  Every <li> that opens"
        " outside an HTML comment is one entry (104; 38 commented-out items, including un-prefixed <li> lines"
        " inside multi-line comments at 30-31, 189-193 and 201-206, are not).  Title = the plain text after"
        " 'Year. ' and before <u>Venue</u>, trailing period dropped; fixes at 61 (year after title), 86 ('Vol"
        " 437'), 159-160 (venue not underlined), 170 (repeated year).",
        checked="Listed every <li> with its comment state (142 in all, 104 live) and read each live item's title"
        " in the -v output against the file line by line, including the broken item 40-41, the commented <li> at"
        " 31 and 192, and the special title ends at 61, 86, 159, 160 and 170.",
    )


if __name__ == "__main__":
    main()
