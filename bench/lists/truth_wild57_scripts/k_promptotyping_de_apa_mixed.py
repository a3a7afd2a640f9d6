"""Wild57 truth for DigitalHumanitiesCraft/PromptotypingExplainer knowledge/paper/07-references.md: the German
bibliography chapter ("# 7. Literaturverzeichnis") of a digital-humanities paper on "Promptotyping", newest commit
(8f54d47).

Shape: 129 lines.  A German navigation line (3, "Zurück zum Index"), then German ``##``/``###`` headings
(Primärliteratur / KI und Large Language Models, LLM-Kritik und Reasoning-Debatte, Kognitionswissenschaft und
Psychologie, Wissenstheorie und Epistemologie, Design und Requirements Engineering, Digital Humanities,
Wissensmanagement, Projektmanagement und Komplexität, Kulturelle Referenzen) separated by ``---`` rules, each with
plain APA-style paragraphs, one reference a line, blank lines between: ``Author, A. (Year). Title. *Venue*, vol(no),
pages. URL``.  A closing German note on the citation style (125) and a "Weiter zu" link (129).

The list MIXES papers with other works.  Papers (entries): journal / conference articles, arXiv preprints, research
reports and one chapter of an edited volume.  Not papers (not entries): books in italics (Kahneman 53, Fricker 59,
Medina 61, Polanyi 63, Beyer & Holtzblatt 69, Pohl & Rupp 75, Schön 79, Kemman 87, Nonaka & Takeuchi 95, Flyvbjerg 103,
Mollick 107, Adams 119), a model spec (11), a tweet (17, German date "2. Februar"), a GitHub benchmark (19), blog posts
(33, 105, 109, 111, 113), an X thread (43), an interview (45), a lecture series (47), an ISO standard (73), and the
vague ``OpenAI. (2022–2023). InstructGPT and RLHF Research. *OpenAI Technical Reports*.`` (27), which names a body of
work rather than one paper.

Special cases:
- 15: the title ends with a question mark before the italic venue: kept.
- 25: ``*arXiv preprint arXiv:2507.13334*`` plus a doi.org/10.48550 link: arXiv id 2507.13334 and that DOI.
- 37: DOI 10.1038/sdata.2016.18 from the doi.org link.
- 89: a chapter, ``Warwick, C. (2012). Studying Users in Digital Humanities. In C. Warwick, ... (Eds.), *Digital
  Humanities in Practice* (pp. 1–21).``: title ends before ``. In``.
- 97: the title holds single quotes and an en dash, ``Institutional Ecology, 'Translations' and Boundary Objects: ...
  Zoology, 1907–39``: kept as written.
- 13, 23, 29: arXiv preprints cited without an id.

Decisions:
- Entry = each reference line that cites a paper (14 entries, one line each), listed by line number below.
- Title = the text after ``(Year). `` up to the italic venue (``*``) or, for the chapter, up to ``. In``, without the
  closing period.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "DigitalHumanitiesCraft__PromptotypingExplainer__knowledge__paper__07-references@8f54d47.md"
PART = "wild57_development"

PAPER_LINES = [13, 15, 21, 23, 25, 29, 31, 35, 37, 71, 77, 85, 89, 97]
APA = re.compile(r"\(\d{4}[^)]*\)\. (.+?) \*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in PAPER_LINES:
        m = APA.search(lines[n - 1])
        assert m, n
        title = m.group(1).split(". In ")[0].rstrip(".")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 14
    assert by[13]["title"] == "Context Rot in Long-Context Language Models", by[13]
    assert by[15]["title"] == "SWE-bench: Can Language Models Resolve Real-World GitHub Issues?", by[15]
    assert by[25]["title"] == "A Survey of Context Engineering for Large Language Models", by[25]
    assert by[25]["arxiv"] == "2507.13334", by[25]
    assert by[29]["title"] == "Let's Verify Step by Step", by[29]
    assert by[37]["doi"] == "10.1038/sdata.2016.18", by[37]
    assert by[89]["title"] == "Studying Users in Digital Humanities", by[89]
    assert by[97]["title"] == (
        "Institutional Ecology, 'Translations' and Boundary Objects: Amateurs and Professionals in Berkeley's"
        " Museum of Vertebrate Zoology, 1907–39"
    ), by[97]
    # the non-papers have the same APA shape: make sure they were left out on purpose
    for n in (11, 17, 19, 27, 33, 43, 45, 47, 53, 73, 105, 119):
        assert lines[n - 1].strip() and n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="The German bibliography mixes papers with books, blog posts, tweets, a model spec, a GitHub benchmark,"
        " an interview, a lecture series and an ISO standard.  Entry = each APA reference line that cites a paper"
        " (journal/conference article, arXiv preprint, research report, one edited-volume chapter): 14 lines.  Title"
        " = the text after '(Year). ' up to the italic venue, or up to '. In' for the chapter, without the closing"
        " period (a closing question mark stays).",
        checked="Read all 129 lines and classified every reference line by hand (14 papers, 25 other works);"
        " compared the 14 -v titles with the file, the question mark at 15, the chapter cut at 89, quotes and en dash"
        " at 97, the arXiv id and DOI at 25 and the DOI at 37.",
    )


if __name__ == "__main__":
    main()
