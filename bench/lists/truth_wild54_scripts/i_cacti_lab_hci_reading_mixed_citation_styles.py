"""Wild54 truth for CACTI-Lab/CACTI-Lab.github.io _pages/resources.md: the "resources" page of a small HCI lab
(Claremont Colleges, accessibility and sustainable computing), a Jekyll al-folio page whose first half is "currently
reading" (papers and a few blog posts) and whose second half lists courses; newest commit (0cc7743, 2025-10-31).

Shape: 76 lines, 5.6 KB.  YAML front matter with a commented ``toc:`` (1-22); ``## currently reading`` (24), an intro
sentence (26), ``### disablility-related`` (28, typo kept) with nine blank-line-separated bullets (30-46) and
``### climate-related`` (48) with six (50-60); ``## human-centered courses`` (62) with a prose paragraph and course
bullets ``- [CLES 120] Games for Climate Change Literacy`` (68-76).

Citation styles differ inside one list:
- ACM-like with the title as a bold link: ``- Authors. 2023. [__Title__](https://doi.org/...). ASSETS '23.`` (30-46,
  56-60).  Titles carry their own quotes (``"I wouldn’t say offensive but...": ...`` 32, ``Knowing the "Other"`` 44)
  and curly quotes (36, 40); kept as written.
- Plain ACM reference format, no link markup, DOI as a bare URL at the end (50, 54; 54 spells out ``In Proceedings of
  the 2024 ACM Designing Interactive Systems Conference (DIS '24). ...``).
- IEEE style with the title in double quotes and the comma inside them, ``doi: 10.1109/...`` as text (52).

Special cases:
- Two bullets are blog posts, not papers: ``Disability Dongle`` on the CASTAC blog (38) and ``The Environmental
  Impacts of AI -- Primer`` on the Hugging Face blog (56): not entries.
- Course bullets ``- [CLES 120] ...`` (68-75) look like bracketed links but are course codes: not entries; 76 links a
  Notion course list.
- Ids: ACM DOIs from doi.org links (all ACM entries), the IEEE DOI from ``doi: 10.1109/MPRV.2024.3383793`` text (52);
  no arXiv.

Decisions:
- Entry = every bullet under ``## currently reading`` except the two blog posts (13); title = the bold link text, or
  for the plain citations the title cut from the reference by hand (50, 52, 54; checked to occur in the line).
- Not entries: front matter, headings, intro prose, the blog bullets, course bullets.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "CACTI-Lab__CACTI-Lab.github.io___pages__resources@0cc7743.md"
PART = "wild54_development"

BOLD = re.compile(r"\[__(?P<title>.+?)__\]\((?P<url>[^)\s]+)\)")
PLAIN = {  # plain-text references: the title cut out by hand
    50: "Full Stack Recycling Approaches for Computing Devices",
    52: "Re-Envisioning the Role of a User in Sustainable Computing",
    54: "Designing Plant-Driven Actuators for Robots to Grow, Age, and Decay",
}
BLOGS = {38, 56}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---"
    start = lines.index("## currently reading") + 1
    stop = lines.index("## human-centered courses") + 1
    papers = []
    for n in range(start, stop):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            continue
        if n in BLOGS:
            continue
        m = BOLD.search(ln)
        if m:
            assert n not in PLAIN, n
            title = m.group("title")
        else:
            title = PLAIN[n]
            assert title in ln, (n, ln)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 13, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[30]["title"], t[30]["doi"]) == ("Tackling the Lack of a Practical Guide in Disability-Centered Research",
                                              "10.1145/3597638.3615650"), t[30]
    assert t[32]["title"].startswith('"I wouldn’t say offensive but...": Disability'), t[32]
    assert t[44]["title"] == 'The Promise of Empathy: Design, Disability, and Knowing the "Other"', t[44]
    assert t[50]["doi"] == "10.1145/3725983", t[50]
    assert t[52]["doi"] == "10.1109/mprv.2024.3383793", t[52]
    assert t[60]["title"] == "Tackling Climate Change with Machine Learning", t[60]
    assert all(p["doi"] for p in papers) and not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet under '## currently reading' (disability-related 30-46, climate-related 50-60) is an entry except"
        " the two blog posts 'Disability Dongle' (38) and 'The Environmental Impacts of AI -- Primer' (56): 13 entries;"
        " title = the bold link text '[__Title__](doi)' as written (own quotes kept), or for the plain ACM (50, 54) and"
        " IEEE-style (52) references the title cut out by hand; course bullets '- [CLES 120] ...' and the front"
        " matter are not entries.",
        "Read all 76 lines; compared -v with every bullet 30-60: the two blog bullets skipped, titles with their own"
        " straight and curly quotes (32, 36, 40, 44), the plain-reference titles (50, 52, 54) checked against the"
        " lines; ids: every entry has a DOI (doi.org links, bare doi.org URLs 50/54, 'doi: 10.1109/...' text 52), no"
        " arXiv; course bullets 68-75 and the Notion link 76 not entries.",
    )


if __name__ == "__main__":
    main()
