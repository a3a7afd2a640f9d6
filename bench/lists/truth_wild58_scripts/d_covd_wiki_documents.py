"""Wild58 truth for JohnLevander/COVD-wiki Documents.md at b649290 (2020-02-18): the "Documents" page of a wiki that
collected the literature of the first weeks of the COVID-19 (2019-nCoV) outbreak for the MIDAS network (epidemiology,
medicine, virology): outbreak bulletins, modelling reports, and the preprints and papers of January-February 2020.

Shape: 947 lines, 115 KB.  A contents table (1-18, a pipe table of anchor links), ``# Mendeley Library`` (20-21), then
``# Reports`` (23) with ``## Outbreak updates`` (24-65: WHO Disease Outbreak News and Johns Hopkins situation reports)
and ``## Modelling reports`` (66-98: Imperial College reports 1-5, eight MOBS risk assessments, one RTI brief), then
``# Pre-prints & Peer-Reviewed Papers`` (100) with eleven topic sections (101 Estimating Epidemiological Parameters ...
938 China CDC Weekly).  Each item is one line starting with a date, then the reference (AMA / Vancouver style) as the text
of a link, usually separated by blank lines:
``19 January 2020 - [Chen T, Rui J, ... Yin L. A mathematical model for simulating ... Coronavirus. bioRxiv.
2020:2020.01.19.911669.](https://doi.org/10.1101/2020.01.19.911669)``.
Special cases:
- The date prefix varies: ``* 17 January 2020 - [``, ``10 February 2020- [``, ``29 January - [``, ``3 February - 2020 [``,
  ``4 February 2020 [`` (no dash), two spaces before the link (81-95).
- Some references are plain text, not a link, and are followed by ``- [Review, Outbreak Science PREreview](...)`` /
  ``- [medRxiv](...)`` sub-links on the next lines (106-108, 110-112, ...); linked ones can have such sub-links too
  (``- [Eurosurveillance](...)`` / ``- [medRxiv](...)``).
- The same paper is listed again under several topics (e.g. Wu, Leung & Leung, Nowcasting and forecasting ..., at 118,
  224 and 311; the eight MOBS reports share one title).
- Authors without initials (``Nishiura, Linton, Akhmetzhanov.``, 619; ``Schwartz, Graham.``, 615), corporate authors
  (``Working Group of 2019 Novel Coronavirus PUMCH.``, 894; ``Chinese Society of Extracorporeal Life Support.``, 928;
  ``The L.``, 864), no author (``Calling all coronavirus researchers: ...``, 886).
- Titles in ``_italics_`` (561, 563, 748, 831, 880-932), a zero-width space before two titles (280, 391), a title ending
  ``?`` (177, 242, 405, 870), a quoted title ending with the period inside the quotes (918), spaces before commas as
  written (``Wuhan , China``, 461, 529).

Decisions:
- Entry = every dated item from ``## Modelling reports`` on (69-947): 420 entries, each occurrence counted (repeats
  under several topics are separate entries of the file).  Span = the date line plus the ``- [...]`` sub-link lines
  right after it.  The outbreak bulletins (27-64: WHO Disease Outbreak News items, Johns Hopkins daily situation
  reports ``2019 nCoV 2020-02-10 report``) are not research papers and are not entries; the modelling reports
  (Imperial, MOBS, RTI: authored research reports) are.
- Title = the AMA title: the sentence after the author list (which ends at ``et al.`` or at a name's initials and
  ``. ``) up to the next ``.`` followed by a space, ``;`` or the end (``? `` kept as the end of a question).  The
  italics underscores and the zero-width spaces are dropped; everything else as written (``TMPRSS``, ``NCIP ( 2019-nCoV
  ) — Wuhan , Hubei Province``, ``The Lancet Infectious Diseases An evidence-based framework ...``).  Six titles are set by
  hand: five after authors without initials (615, 619, 886, 894, 928) and the quoted one (918), kept with the period
  inside its closing quote.
- Ids come from the lines (link URLs, arXiv abs links, DOIs in the text); at 692 the reference text has a broken DOI
  (``2020:10.1038/s41586-020-2012-2017``) before the ``- [Nature](https://doi.org/10.1038/s41586-020-2012-7)`` sub-link,
  so ``p["doi"]`` is set by hand to the link's DOI.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "JohnLevander__COVD-wiki__Documents@b649290.md"
PART = "wild58_development"

DATE = re.compile(r"^(?:\* )?\d{1,2} [A-Z][a-z]+,?(?: 20\d\d)? *-? *(?:2020 )?\s*")
LINK = re.compile(r"^\[(.*)\]\((\S*)\)\s*$")
AUTH_END = re.compile(r"(?:\bet al|\b[A-Z][A-Z\-]{0,3}(?: [A-Z])?)\. ")
TITLE = re.compile(r"(.+?)(\.(?=[ ;]|$)|\?(?= )|$)")
SUB = re.compile(r"^- \[")
HAND = {
    615: "Potential Maternal and Infant Outcomes from (Wuhan) Coronavirus 2019-nCoV Infecting Pregnant Women: Lessons"
    " from SARS, MERS, and Other Human Coronavirus Infections",
    619: "Initial Cluster of Novel Coronavirus (2019-nCoV) Infections in Wuhan, China Is Consistent with Substantial"
    " Human-to-Human Transmission",
    886: "Calling all coronavirus researchers: keep sharing, stay open",
    894: "Diagnosis and clinical management of 2019 novel coronavirus infection: an operational recommendation of Peking"
    " Union Medical College Hospital (V2.0)",
    918: "Interpretation of “Guidelines for the Diagnosis and Treatment of Novel Coronavirus (2019-nCoV) Infection by"
    " the National Health Commission (Trial Version 5).”",
    928: "Recommendations on extracorporeal life support for critically ill patients with novel coronavirus pneumonia",
}
FIRST = 66  # '## Modelling reports'; the outbreak bulletins above are not entries


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < FIRST:
            continue
        d = DATE.match(ln)
        if not d:
            continue
        rest = ln[d.end():]
        m = LINK.match(rest)
        cit = m.group(1) if m else rest
        if n in HAND:
            title = HAND[n]
        else:
            a = AUTH_END.search(cit)
            assert a, (n, cit)
            t = TITLE.match(cit[a.end():])
            title = t.group(1) + ("?" if t.group(2) == "?" else "")
            title = title.replace("\u200b", "").strip()
            if title.startswith("_") and title.endswith("_"):
                title = title[1:-1]
        assert title.replace("_", "") in cit.replace("_", "").replace("\u200b", ""), (n, title)
        last = n
        while last < len(lines) and SUB.match(lines[last]):
            last += 1
        p = entry(lines, n, last, title)
        if n == 692:
            # the reference text carries a broken DOI (...-2012-2017); the Nature link below it has the real one
            assert p["doi"] == "10.1038/s41586-020-2012-2017", p
            p["doi"] = "10.1038/s41586-020-2012-7"
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 420, len(papers)
    assert min(by) == 69 and max(by) == 947, (min(by), max(by))
    assert by[69]["title"] == (
        "Report 1: Estimating the potential total number of novel Coronavirus (2019-nCoV) cases in Wuhan City, China"
    ), by[69]
    assert by[102]["title"] == "A mathematical model for simulating the transmission of Wuhan novel Coronavirus", by[102]
    assert by[102]["doi"] == "10.1101/2020.01.19.911669", by[102]
    assert by[106]["end"] == 108 and by[106]["title"].startswith("Epidemiological characteristics of novel"), by[106]
    assert by[120]["arxiv"] == "2001.10530", by[120]
    assert by[159]["title"] == "Beyond $R_0$: the importance of contact tracing when predicting epidemics", by[159]
    assert by[177]["title"] == "Does SARS‐CoV‐2 has a longer incubation period than SARS and MERS?", by[177]
    assert by[280]["title"] == "Risk of 2019 novel coronavirus importations throughout China prior to the Wuhan quarantine"
    assert by[561]["title"] == "2019-nCoV: new challenges from coronavirus", by[561]
    assert by[864]["title"] == "Emerging understandings of 2019-nCoV", by[864]
    assert by[918]["title"].endswith("(Trial Version 5).”"), by[918]
    assert 27 not in by and 64 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every dated item from '## Modelling reports' on (lines 69-947) is one entry, 420 in all (papers listed"
        " under several topics count once per listing); span = the date line plus the '- [..](..)' sub-link lines"
        " after it.  The WHO / Johns Hopkins outbreak bulletins (27-64) are not entries.  Title = the AMA title after"
        " the author list (ending at 'et al.' or initials + '. ') up to the next '. '/'.;'/end, '?' kept, italics"
        " underscores and zero-width spaces dropped; six titles set by hand (initial-less/corporate authors, the quoted title at 918).",
        checked="Printed all 420 titles next to the end of their author lists and read them against the file section"
        " by section; checked the date-prefix variants, the plain-text items with PREreview/medRxiv sub-links (spans),"
        " the corporate/initial-less authors (615, 619, 864, 886, 894, 904, 912, 926-930), italics (561-563,"
        " 748, 880-932), the zero-width spaces (280, 391) and the '?' titles.",
    )


if __name__ == "__main__":
    main()
