"""Wild46 truth for haihua0913/awesome-mcn paper-list.md: the paper list behind a survey of medical concept
normalization (MCN: biomedical entity linking to UMLS/SNOMED, clinical NLP), newest commit (e25407f, 2025-07-06).

Shape: 248 lines, 56 KB, one numbered reference per line, Google-Scholar APA style ``N. Authors (Year[, Month]).
Title. Venue, vol(issue), pages.``; the 2025/2024/2023 references add `` [Link](url)`` at the end.  ``# A
comprehensive list ...`` (1), ``## Papers being included in the survey`` (3) with one ``###`` per year, 2025 down to
2016 (5, 22, 54, 81, 103, 133, 157, 170, 185, 193), then ``### Survey papers being included`` (200, seven surveys),
then ``## Papers not being included in the survey but might be useful`` (209, numbered 1-40 with 8 missing), whose
references often end with a type note (``Workshop paper.``, ``Book chapter.``, ``Master Thesis.``, ``Abstract.``).
Numbering restarts in each section and has gaps (2024 jumps 19 -> 21); year headings do not always match the year in
the reference (2024's 17 is the 2020 AAAI ``Latte`` paper, 2021's 21 is a 2022 EMNLP Findings paper).

Special cases:
- 222: one reference is in ACL style, ``Akshit Achara, Sanand Sasidharan, and Gagan N. 2024. Efficient Biomedical
  Entity Linking: ... Techniques. In Proceedings ...``; the title is the sentence after ``2024.``.
- 20: a doctoral thesis, ``OntolinkX: ... task (Doctoral dissertation, University of Glasgow).``; the parenthesised
  type is not title text.  168 (``NormCo ... University of California, San Diego.``) is a thesis too; 218 a master
  thesis (``Master Thesis.``).  Theses are entries.
- 217: ``Medical Concept Normalization. In Natural Language Processing in Biomedicine: A Practical Guide (pp.
  137-164) ... Book chapter.``: a chapter of an edited book, a scholarly work of the list: an entry.
- 230: ``... Abstract.``: a conference abstract, an entry.
- 178: the title starts with a quoted sentence holding its own full stop, ``“We are all so different that it is just…
  normal.” Normalization practices in an academic hospital in the Netherlands``; set by hand.
- 176, 230, 236: the title ends with a capital or code word before the ``. `` (``UMLS.``, ``SNOMED CT.``,
  ``BioBERT.``); the title still ends there.
- Repeats are separate entries: the same reference twice in one year (2021: 106/108; 2019: 159/162), across years
  (``NSSC`` 19/38, ``Latte`` 39/147, ``Deep convolutional neural network based medical concept
  normalization`` 101/134, ``Hybrid semantic analysis ...`` 180/191; the journal and arXiv versions of
  ``Generalizable and scalable multistage ...`` 18/228).  The two ``BioLinkerAI`` papers (16, 41) have different
  titles and venues.
- Ids: arXiv from ``arXiv preprint arXiv:NNNN.NNNNN`` text; 219 writes ``ArXiv, abs/2407.00242`` (Semantic Scholar
  style), which gives the arXiv id 2407.00242 and is set by hand; ``arXiv e-prints, arXiv-2111.`` (238) is no id.
  DOIs from the ``[Link](url)`` URLs that hold one: ACM ``/doi/10.xxx/...`` (also for Springer and AAAI DOIs),
  Springer ``/article/`` and ``/chapter/``, BMC ``/articles/10.1186/...``, Frontiers (``/full`` dropped), Wiley
  (``?af=R`` dropped), SPJ, OUP ``/article/doi/10.1093/...`` (article number dropped); none from ScienceDirect pii,
  PubMed, IEEE Xplore, ACL Anthology, PMC, OUP JAMIA article numbers.

Decisions:
- Entry = every numbered reference line (one line each), in every section; title = the sentence after ``(Year).``
  up to the next ``. `` (a ``?`` kept), markup none.
- Not entries: headings.
"""
import re

from _wild46 import entry, read_lines, write_truth

NAME = "haihua0913__awesome-mcn__paper-list@e25407f.md"
PART = "wild46_development"

ITEM = re.compile(r"^(?P<num>\d+)\. (?P<text>\S.*)$")
YEAR = re.compile(r"\((?:19|20)\d{2}(?:, [A-Z][a-z]+)?\)\. ")
ACL = re.compile(r"^Akshit Achara, Sanand Sasidharan, and Gagan N\. 2024\. ")
END = re.compile(r"[.?] ")
BY_HAND = {
    178: "“We are all so different that it is just… normal.” Normalization practices in an academic hospital in the"
    " Netherlands",
}
THESIS = " (Doctoral dissertation, University of Glasgow)"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# A comprehensive list of papers on medical concept normalization")
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            section = ln.strip("# ").strip()
            continue
        if not ln.strip():
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        text = m.group("text")
        y = YEAR.search(text) or ACL.match(text)
        assert y, (n, text)
        rest = text[y.end():]
        if n in BY_HAND:
            title = BY_HAND[n]
            assert rest.startswith(title + ". "), (n, rest)
        else:
            e = END.search(rest)
            title = rest[: e.start() + 1] if e else rest
            if title.endswith(THESIS + "."):
                title = title.removesuffix(THESIS + ".")
        p = entry(lines, n, n, title)
        if n == 219:
            assert "ArXiv, abs/2407.00242." in ln and p["arxiv"] is None
            p["arxiv"] = "2407.00242"
        papers.append(p)
        per_section[section] = per_section.get(section, 0) + 1
    t = {p["line"]: p for p in papers}
    assert t[8]["doi"] == "10.1007/s11704-024-3900-z", t[8]
    assert t[20]["title"].endswith("for enhancing biomedical entity linking task"), t[20]
    assert t[42]["doi"] == "10.1093/database/baae067", t[42]
    assert t[176]["title"] == "Biomedical term normalization of EHRs with UMLS", t[176]
    assert t[212]["arxiv"] == "2505.19722", t[212]
    assert t[217]["title"] == "Medical Concept Normalization", t[217]
    assert t[222]["title"].startswith("Efficient Biomedical Entity Linking: Clinical Text"), t[222]
    assert t[230]["title"] == "SapBERT-Based Medical Concept Normalization Using SNOMED CT", t[230]
    assert t[238]["arxiv"] is None, t[238]
    print(per_section)
    assert len(papers) == 221, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered reference line is an entry (221: ten year sections 2025-2016, the survey section and the"
        " 'not included' section), title = the sentence after '(Year[, Month]).' up to the next '. ' (the ACL-style"
        " 222 after '2024.', the quoted-sentence title 178 by hand, the thesis note '(Doctoral dissertation, ...)'"
        " of 20 left out); theses, the book chapter 217 and the abstract 230 are entries; repeats are separate"
        " entries; 219's 'ArXiv, abs/2407.00242' counts as its arXiv id.",
        "Printed every reference with its computed title and the text after it and read all 221 (the text after"
        " the title always starts a venue, 'In ...', a type note or a link); first/last reference of each section"
        " (6/20, 23/52, 55/79, 82/101, 104/131, 134/155, 158/168, 171/183, 186/191, 194/198, 201/207, 210/248);"
        " special cases 20, 168, 176, 178, 191, 217, 218, 222, 230, 236, 238; the numbering gaps (41->42, 216->217)"
        " are the file's; ids: arXiv text 212-246 (15), the S2-style 219, all 23 DOIs compared with"
        " their link URLs (ACM 8/9/16/17/45/67/76, Springer 19/30/37/38/40/41/62/68, BMC 26/58/60, Frontiers 32/70,"
        " OUP 42, Wiley 69, SPJ 77); none from pii/PubMed/IEEE/ACL/PMC links.",
    )


if __name__ == "__main__":
    main()
