"""Wild59 truth for cryscan/project-chen _posts/2021-1-30-academic-researches.markdown at 3b26707: a Jekyll blog post
("Relevant Academic Researches") of a student game project on procedural quadruped animation, citing robotics
(legged locomotion, trajectory optimization) and graphics papers.  The file is a ``.markdown`` post; the newest
commit touching it (3b26707, "Update stakeholders") is used.

Shape: 105 lines, no trailing newline.  YAML front matter (1-5), intro prose and bullets (6-22), "Below I describe 5 papers ..." (23).
- Annotated list (25-67): five numbered items ``N. [Title](url)`` (25, 33, 42, 51, 61), each followed by indented
  description paragraphs (3-space indent) up to the blank line before the next item; item 3 and 4 point to the
  "related videos" anchor.
- ``# Related Papers`` (69): 30 numbered references, one a line (70-99), mostly Google-Scholar MLA style
  ``N. Surname, Given, et al. "Title." Venue vol.no (year): pages.``; one (79) IEEE style
  ``A. W. Winkler, ..., "Title," 2017 IEEE ... doi: 10.1109/ICRA.2017.7989624.``
- ``# Related Videos`` (101-105): four ``<div><iframe ...></div>`` YouTube embeds.

Special cases:
- The five annotated papers are also in the reference list (25 = 87, 33 = 74, 42 = 81, 51 = 84, 61 = 72), with
  different capitalization: each listing is its own entry.
- 70 is a ScienceDaily news release ("PLOS. \"Simple model explains ...\" ScienceDaily ..."), reporting a PLOS
  study; it is item 1 of "Related Papers", written as a citation with a quoted title, and is kept as an entry.
- 79 (IEEE style) ends its quoted title with a comma inside the quotes (``"...locomotion,"``): dropped; its DOI
  comes from ``doi: 10.1109/...``.  78 carries ``arXiv:1909.08124``.
- 93 is a thesis ("Aarhus Universitet ..."), 96 has no venue or year: both kept.
- 81 has ``Popović`` in the author list (UTF-8).

Decisions:
- Entry = each numbered annotated item (span = its number line through its last description line) and each
  numbered reference line (70-99): 5 + 30 = 35 entries.
- Title of an annotated item = the link text; of a reference = the text inside the double quotes, without the
  trailing period or comma.
- Front matter, intro bullets (7-9) and the video embeds are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "cryscan__project-chen___posts__2021-1-30-academic-researches@3b26707.md"
PART = "wild59_development"

ITEM = re.compile(r"^\d+\. \[(?P<t>[^\]]+)\]\(")
REF = re.compile(r'^\d+\. [^"]+"(?P<t>[^"]+)"')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        m = ITEM.match(ln)
        if m:
            last = n
            k = n + 1
            while k <= len(lines) and not re.match(r"^(\d+\. |#)", lines[k - 1]):
                if lines[k - 1].strip():
                    last = k
                k += 1
            papers.append(entry(lines, n, last, m.group("t").strip()))
            n = k
            continue
        m = REF.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("t").strip().rstrip(".,").strip()))
        n += 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 35, len(papers)
    assert [(p["line"], p["end"]) for p in papers[:5]] == [(25, 31), (33, 40), (42, 49), (51, 59), (61, 67)]
    assert min(n for n in by if n > 67) == 70 and max(by) == 99
    assert by[25]["title"] == (
        "Gait and trajectory optimization for legged systems through phase-based end-effector parameterization"
    ), by[25]
    assert by[33]["doi"] == "10.1145/3197517.3201366", by[33]
    assert by[70]["title"] == "Simple model explains why different four-legged animals adopt similar gaits", by[70]
    assert by[78]["arxiv"] == "1909.08124", by[78]
    assert by[79]["title"] == "Online walking motion and foothold optimization for quadruped locomotion", by[79]
    assert by[79]["doi"] == "10.1109/icra.2017.7989624", by[79]
    assert by[91]["title"] == "Guided policy search", by[91]
    assert by[96]["title"] == "Animation of Quadrupeds in 3D Environment", by[96]
    assert by[99]["title"] == "Search Space Reduction In Motion Matching by Trajectory Clustering", by[99]
    write_truth(
        NAME,
        PART,
        papers,
        method="Two numbered lists: five annotated items '[Title](url)' with indented description paragraphs"
        " (25-67; span = item line to its last description line, title = link text) and the 'Related Papers'"
        " references, one a line (70-99; title = text inside the double quotes without trailing period/comma)."
        "  A paper in both lists is an entry each time.  Front matter, intro bullets and video embeds are not.",
        checked="Read the whole post; compared the -v output with the 5 annotated items (spans and link texts)"
        " and all 30 references, the IEEE-style line 79 (comma inside quotes, DOI), the arXiv id on 78, the news"
        " release at 70 and the venue-less 96.",
    )


if __name__ == "__main__":
    main()
