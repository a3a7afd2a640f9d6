"""Wild42 truth for stanford-cs324/winter2023 syllabus.md: "Topics / Syllabus" of Stanford's CS 324 (Advances in
Foundation Models, Winter 2023), a Just-the-Docs course site.

Shape: front matter (1-6), an intro, a table of contents of anchor links (18-35), then three ``##`` areas
(Fundamentals, Survey of Existing FMs and their Applications, Societal Considerations & Impact) with ``###`` topics.
Under each topic, top-level bullets name a kind of material in italics -- ``* *Course Notes*:``, ``* *Blog Posts*:``,
``* *Papers*:``, once ``* *Background on Neural Networks (course series from Andrej Karpathy)*:`` (42) and once
``* *Papers / Articles*:`` (225) -- each followed by two-space ``  - [Title](url)`` sub-bullets (some kinds empty).
Three paper links wrap their text over two lines (130-131, 160-161, 200-201; a blog link too, 147-148).  Special
items in the paper lists: a section of a paper, ``[Training Processes (Section 2.5), OPT: Open Pre-trained
Transformer Language Models](arxiv)`` with a parenthesised link to a logbook (133); two sections of the Foundation
Models report, ``[Environment Section, On the Opportunities and Risks of Foundation Models](crfm report.pdf#...)``
(214) and ``[Legality Section, ...]`` (228); repeated papers (GPT-3 52/153, InstructGPT 115/154, the Foundation
Models report 53/214/228); a law-review article (199), an SSRN paper (226) and a Harvard Business Review piece
(227) under "Papers / Articles".  Links: arXiv abs, a Stanford-proxy ACM DOI URL (68), NASA ADS (155), PubMed
(156), bioRxiv/medRxiv with version tails (157, 158), Texas Law Review, SSRN, HBR, the CRFM report PDF.

Decisions:
- Every sub-bullet under a ``*Papers*``/``*Papers / Articles*`` bullet that names a scholarly work is one entry on
  its own line(s) (62); repeated papers are separate entries, as are the two report sections (214, 228).
- Not entries: the course-notes bullets (links to the 2022 lecture notes and slide PDFs), blog posts, the Karpathy
  course repository (43), the table of contents, and the HBR magazine piece "AI Regulation Is Coming" (227, not a
  scholarly work).  "Fair Learning" (199, Texas Law Review) and "Internet Law" (226, an SSRN paper) are kept.
- Title: the link text, wrapped lines joined; for 133 the paper's title after the section pointer ``Training
  Processes (Section 2.5), `` and for 214/228 after ``Environment Section, ``/``Legality Section, `` (the pointer
  says which part to read; it is not part of the title).
- Ids: arXiv ids from arxiv.org links (the ADS bibcode ``2022arXiv220313474N`` of 155 is not an arXiv link); DOIs
  from the proxied ACM URL (68), bioRxiv and medRxiv URLs (157, 158, version tails dropped); PubMed, SSRN, Texas
  Law Review and CRFM links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "stanford-cs324__winter2023__syllabus@f0e6df8.md"
PART = "wild42_development"

KIND = re.compile(r"^\* \*(?P<kind>[^*]+)\*:\s*$")
ITEM = re.compile(r"^  - \[")
LINK = re.compile(r"^  - \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")
SECTION = re.compile(r"^(?:Training Processes \(Section 2\.5\)|Environment Section|Legality Section), ")
MAGAZINE = 227


def main() -> None:
    lines = read_lines(NAME)
    papers, kind, kinds = [], None, {}
    n = 36
    while n < len(lines):
        ln = lines[n - 1]
        km = KIND.match(ln)
        if km:
            kind = km.group("kind")
            kinds[kind] = kinds.get(kind, 0) + 1
        elif ln.startswith("#"):
            kind = None
        elif ITEM.match(ln):
            last = n
            if "](" not in ln:  # link text wrapped onto the next line
                last = n + 1
            text = " ".join(s.strip() for s in lines[n - 1 : last])
            m = LINK.match("  " + text.lstrip() if text.startswith("-") else text)
            assert m, (n, text)
            if kind in ("Papers", "Papers / Articles") and n != MAGAZINE:
                title = SECTION.sub("", m.group("title").strip())
                papers.append(entry(lines, n, last, title))
            n = last
        else:
            assert not ln.startswith(("  -", "- ")), (n, ln)
        n += 1
    assert kinds == {
        "Background on Neural Networks (course series from Andrej Karpathy)": 1,
        "Course Notes": 11,
        "Blog Posts": 11,
        "Papers": 10,
        "Papers / Articles": 1,
    }, kinds
    assert lines[MAGAZINE - 1].startswith("  - [AI Regulation Is Coming](https://hbr.org/"), lines[MAGAZINE - 1]
    t = {p["line"]: (p["end"], p["title"]) for p in papers}
    assert t[130] == (131, "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism"), t[130]
    assert t[160] == (161, "LegalBench: Prototyping a Collaborative Benchmark for Legal Reasoning"), t[160]
    assert t[200] == (201, "Large Language Models Can Be Strong Differentially Private Learners"), t[200]
    assert t[133][1] == "OPT: Open Pre-trained Transformer Language Models", t[133]
    assert t[214][1] == t[228][1] == t[53][1] == "On the Opportunities and Risks of Foundation Models", t[214]
    assert t[68][1] == "On the Dangers of Stochastic Parrots: Can Language Models Be Too Big? 🦜", t[68]
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d == {68: "10.1145/3442188.3445922", 157: "10.1101/2022.07.20.500902", 158: "10.1101/2022.02.27.22271257"}, d
    assert sum(1 for p in papers if p["arxiv"]) == 52, sum(1 for p in papers if p["arxiv"])
    assert len(papers) == 62, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '  - [Title](url)' sub-bullet under a '* *Papers*:' or '* *Papers / Articles*:' bullet is an entry on"
        " its line(s) (wrapped link texts joined); title = the link text, without the section pointer before the"
        " paper title in 133/214/228; course notes, blog posts, the Karpathy course and the HBR magazine piece (227)"
        " are not entries; repeated papers are separate entries; arXiv ids from arxiv.org links, DOIs from the ACM"
        " proxy URL and bioRxiv/medRxiv URLs.",
        "Whole file read (228 lines) against the -v output: every topic's kinds (counts checked by the script),"
        " all 62 paper sub-bullets (52 with an arXiv link), the three wrapped titles (130-131, 160-161, 200-201), the section pointers of"
        " 133/214/228, the repeated GPT-3/InstructGPT/Foundation-Models records, the left-out HBR piece 227, the kept"
        " law-review (199) and SSRN (226) articles, the ADS/PubMed links without ids and the three DOIs.",
    )


if __name__ == "__main__":
    main()
