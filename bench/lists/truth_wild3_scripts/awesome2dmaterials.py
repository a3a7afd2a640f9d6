"""Wild3 truth for usccolumbia/Awesome2Dmaterials README: a materials-science (2D materials) awesome list built on an RL template.

Mixed, unevenly formatted bullets.  Entries (papers, one thesis):
- '### Surveys': two bullets 'Title [[Paper]](url)' / 'Title. JACS 2022 [[paper]](url)'.
- '### Papers / Thesis': 'Foundational Papers' (Minsky, left over from the RL template, with a DOI
  link), 'Recent Papers' (Google-Scholar Chicago citations 'Authors. "Title." Journal … [[paper]](url)')
  and 'Methods' (template leftovers: Watkins' Ph.D. thesis and two papers, 'Authors, Title, Venue, Year.').
  Line 106 '-Zichi, Laura, et al. "…"' lacks the space after '-', so Markdown renders it as a
  continuation of the bullet above; it is taken as an entry of its own line (one paper per source
  line), not merged.  Continuation lines belong to the bullet above: '[[paper]](…)' (line 148) and a
  '[focus on …]' note (line 158).  Empty bullets ('- ', '-') are not entries.
- '## Applications': plain-text subheadings with bullets, APA citations, quoted Chicago citations,
  'Title. [[paper]](url)', 'Title [[paper]](url)', and bare title lines without any link (entries).
Not entries: researchers/labs, the RL book and the 'Top Journals' names, the 'Codes', 'Databases',
'Platforms' links and the Harmon 'Reinforcement Learning: A Tutorial' under 'Tutorials / Websites'
(a tutorial).  Title = the quoted title for quoted citations (final '.' dropped), else the title
text as written (hand-listed below).  DOIs from URLs holding one ('/meta', '/full', '#fulltext'
dropped); nature.com article ids and ScienceDirect pii are not DOIs; arXiv from 'arXiv:' text or
arxiv.org links.
"""
import re

from _wild3 import entry, read_lines, write_truth

NAME = "usccolumbia__Awesome2Dmaterials__README@fad8ba4.md"
PART = "wild3_development"

UNQUOTED = {  # bullets whose title is not in straight double quotes
    96: "Understanding, discovery, and synthesis of 2D materials enabled by machine learning",
    97: "The Role of Machine Learning in the Understanding and Design of Materials",
    101: "Steps toward Artificial Intelligence",
    188: "Learning from Delayed Rewards",
    190: "Monte Carlo Inversion and Reinforcement Learning",
    191: "Reinforcement Learning with Replacing Eligibility Traces",
    199: "Two-dimensional topological superconductivity candidate in a van der Waals layered material",
    200: "Engineering symmetry breaking in 2D layered materials",
    201: "A layered unconventional superconductor",
    207: "A promising thermoelectrics In4SnSe4 with a wide bandgap and cubic structure composited by layered SnSe"
         " and In4Se3",
    208: "Remarkable electron and phonon transports in low-cost SnS: A new promising thermoelectric material",
    213: "Induced giant piezoelectricity in centrosymmetric oxides",
    216: "Artificial intelligence for search and discovery of quantum materials",
    218: "Understanding Heterogeneities in Quantum Materials",
    219: "Quantum materials discovery from a synthesis perspective",
    220: "The 2021 quantum materials roadmap",
    221: "Understanding doping of quantum materials",
}
CONTINUED = {147: 148, 157: 158}  # bullet -> last line (a '[[paper]]' link line, a note line)


def main() -> None:
    lines = read_lines(NAME)
    recent = lines.index("Recent Papers") + 1
    methods = lines.index("Methods") + 1
    # Recent Papers: every non-empty '-' line (incl. '-Zichi'), one entry per source line
    starts = [i for i in range(recent + 1, methods) if re.match(r"-\s*\S", lines[i - 1])]
    assert len(starts) == len(set(starts))
    papers = []
    for first in starts + sorted(UNQUOTED):
        last = CONTINUED.get(first, first)
        text = lines[first - 1]
        if first in UNQUOTED:
            title = UNQUOTED[first]
            assert title in text, first
        else:
            m = re.search(r'"(.+?)"', text)
            assert m, first
            title = m.group(1)
        papers.append(entry(lines, first, last, title))
    # Quoted Chicago citations outside 'Recent Papers' (Applications)
    for i in (206, 217):
        m = re.search(r'"(.+?)"', lines[i - 1])
        papers.append(entry(lines, i, i, m.group(1)))
    write_truth(
        NAME, PART, papers,
        "every bullet (or bare line under 'Recent Papers') naming a paper or thesis in Surveys, Papers/Thesis"
        " and Applications is an entry, one per source line ('-Zichi' line kept apart); title = the quoted"
        " title of Chicago citations, else the title text as written; books, journals, databases, code,"
        " tutorial and empty bullets are not entries",
        "all entries one by one against the file (titles, wrapped '[[paper]]' and note lines 148/158, empty"
        " bullets 127/141 skipped, the '-Zichi' line, the bare-title Applications lines); second count:"
        " lines with a straight-quoted title in 100-217 minus Minsky's quoted phrase (53) + unquoted entries"
        " (17 incl. Minsky); DOIs checked for the iopscience /meta, APS #fulltext, Wiley /doi/pdf URLs;"
        " nature.com and ScienceDirect links give none",
    )


if __name__ == "__main__":
    main()
