"""Wild41 truth for jalperin/academic-cv cv.md: the Markdown source of a scholarly-communication
researcher's CV (Juan Pablo Alperin, SFU / Public Knowledge Project: open access, altmetrics, preprints in
the news), written in the repository's own pandoc-based CV dialect.

Shape: 1601 lines: YAML front matter (1-20), then "## " sections in capitals.  Much of the CV is pandoc
fenced divs -- ``::: {.media-item date="Oct 22, 2013"}`` / ``*Nature*, Brazil fêtes open-access site`` /
``:::`` (MEDIA COVERAGE, AWARDS, SUPERVISION), ``::: {.contribution-item}`` (SIGNIFICANT
CONTRIBUTIONS), ``::: {.line-item}`` ...  The publication records:
- "## PUBLICATIONS" (533-744): "### UNDER REVIEW" (empty), "### IN PRESS", then "### 2025" ... "### 2008";
  one blank-line separated bullet per record in the CV's own markup:
  ``- [peer-reviewed,journal] {GS:QW-eo0MAAAAJ:JTqpx9DYBaYC} ..Chavarro, D...^, Alperin, J.P.^ & Willinsky, J.
  On the open road to universal indexing: OpenAlex and Open Journal Systems. *Quantitative Science
  Studies*. doi: 10.1162/QSS.a.17`` -- a type tag in brackets, an optional Google Scholar key in braces,
  authors with the CV's markers (``..Name..`` student, ``~~Name~~`` trainee, ``^`` corresponding),
  then the title, then an italic (or plain) venue and ``doi: 10.x/y`` text.  86 bullets.
- "### NON-TRADITIONAL OUTPUTS {.left}" (745-843), years 2026-2011: 36 bullets, mostly untagged.
- "## SIGNIFICANT CONTRIBUTIONS" (189-222): four ``{.contribution-item}`` divs, two of them a full APA
  citation of a paper (194, 210) that is listed again under PUBLICATIONS.
Decisions:
- PUBLICATIONS: every bullet is an entry (journal articles, conference papers, chapters, a Nature comment
  (603), the Stanford dissertation (695, tagged "[peer-reviewed,journal]"), trade-journal articles) except
  the three books: 651 (an open textbook), 699 and 713 (edited volumes, "(Eds.)").  703 is tagged
  "[book]" but is a chapter of the 699 volume ("Scientific Journals Produced in Latin America. In ...
  (eds.)"): an entry.  83 entries.
- NON-TRADITIONAL OUTPUTS: entries only for the 6 records of scholarly works: the SPARC survey report
  (776), the three papers in The Winnower, an open scholarly-publishing platform with DOIs (824, 830,
  832), the Nature correspondence (836) and the journal book review (842).  Not entries: blog posts (LSE
  Impact Blog, Altmetrics Blog, ScholCommLab Blog, DORA Blog, Hypothes.is Blog, OOO Canada Blog, the IDB
  blog, PKP Blog, The Diamond Papers), news/opinion (The Conversation, SciDevNet), a policy comment (768),
  a PKP statement (774) and the 11 "[dataset]" records.
- SIGNIFICANT CONTRIBUTIONS: the two citation divs (194, 210) are entries (repeated records are separate
  entries); the edited volume (218) and the "Set of 6 peer-reviewed publications" note (202) are not.
- Not entries either: MEDIA COVERAGE items (news stories about the author's work), PRESENTATIONS (talks),
  and the SUPERVISION records (a supervised or examined student, whose thesis or project title is an
  attribute of the supervision record, not a publication of the CV).
- Title: the text after the author list (which ends at the last initial "X." with its markers, or
  "et al.", before the venue), up to the first ". *", ", *", ". In " or "*"; hand-set where that rule
  runs into the venue or the authors: 547, 579, 627, 643, 645, 695, 707, 719 (plain-text venue or
  "Doctoral Dissertation, Stanford University" after the title), 583 (no space between "J." and the opening quote), 585 ("(13:915)" volume note dropped), 715
  (the book title repeated after the chapter title), 824 and 836 (no space after "J.P.^"; 836's
  "(correspondence)" dropped), 842 ("(book review)" dropped), 194 and 210 (APA "(2022)." year).
  Titles keep their typos ("Contenton", "otraciencia") and quotes ("“The best home for this paper”").
- Ids: the ``doi:`` text (lower-cased; 637's trailing "/" dropped) -- 10.48550/arXiv DOIs also give the
  arXiv id (545, 547, 571); 579 writes its arXiv id in backticks ``(arXiv: `2404.17663`)`` -- set by hand.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "jalperin__academic-cv__cv@21fe34b.md"
PART = "wild41_development"

PREFIX = re.compile(r"^- (?:\[[^\]]*\] )?(?:\{GS:[^}]*\} ?)?")
AUTH_END = re.compile(r"(?:[A-Z]\.|et ?\.?al\.)(?:\.\.|~~)?\^?\.?(?:\s*\([^)]*\d[^)]*\)\.)?\s+")
TITLE_END = [r"\.\s+\*", r"\.\s+In\b", r",\s+\*", r"\*"]
BOOKS = {651, 699, 713}
NONTRAD_ENTRIES = {776, 824, 830, 832, 836, 842}
CONTRIBUTIONS = {194, 210}
TITLES = {
    194: "Recalibrating the scope of scholarly publishing: A modest step in a vast decolonization process",
    210: "The State of OA: A large-scale analysis of the prevalence and impact of Open Access articles",
    547: "Citation Parsing and Analysis with Language Models",
    579: "An analysis of the suitability of OpenAlex for bibliometric analyses",
    583: "“The best home for this paper”: A qualitative study of how authors select where to submit manuscripts",
    585: "Publisher preferences for a journal transparency tool: A modified three-round Delphi study",
    627: "Sharing uncertain science: Mapping the media coverage of COVID-19 preprints on Facebook and Twitter",
    643: "Have You Seen This? Why Political Pundits Share Scholarly Research on Social Media",
    645: "“When I saw my peers annotating:” Student perceptions of social annotation for learning in multiple courses",
    695: "The public impact of Latin America’s approach to Open Access",
    707: "Moving beyond counts: A method for surveying Twitter users",
    715: "Assessing the Growth and Use of Open Access Resources from Developing Regions: The Case of Latin America",
    719: "Exploring altmetrics in an emerging country context",
    824: "A brief survey on peer review in scholarly communication",
    836: "South America: Citation databases omit local journals",
    842: "Academic Writing in a Global Context: The Politics and Practices of Publishing in English",
}


def rule_title(line: str) -> str:
    body = PREFIX.sub("", line)
    ends = [m.start() for m in (re.search(p, body) for p in TITLE_END) if m]
    end = min(ends) if ends else len(body)
    starts = [m.end() for m in AUTH_END.finditer(body[:end])]
    assert starts, line[:80]
    return body[starts[-1] : end]


def main() -> None:
    lines = read_lines(NAME)
    pub = lines.index("## PUBLICATIONS") + 1
    nontrad = lines.index("### NON-TRADITIONAL OUTPUTS {.left}") + 1
    pres = lines.index("## PRESENTATIONS") + 1
    assert (pub, nontrad, pres) == (533, 745, 845), (pub, nontrad, pres)
    papers = []
    seen = {"pub": 0, "book": 0, "nontrad": 0, "skipped": 0}
    for n in sorted(CONTRIBUTIONS):
        assert lines[n - 2] == "::: {.contribution-item}" and lines[n] == ":::", n
        papers.append(entry(lines, n, n, TITLES[n]))
    for n in range(pub, pres):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            continue
        if n < nontrad:
            if n in BOOKS:
                assert "[book]" in ln, n
                seen["book"] += 1
                continue
            seen["pub"] += 1
        elif n in NONTRAD_ENTRIES:
            seen["nontrad"] += 1
        else:
            seen["skipped"] += 1
            continue
        p = entry(lines, n, n, TITLES.get(n) or rule_title(ln))
        if n == 579:
            assert "(arXiv: `2404.17663`)" in ln
            p["arxiv"] = "2404.17663"
        if n == 637:
            assert p["doi"] == "10.3389/fcomm.2020.00064/", p["doi"]
            p["doi"] = "10.3389/fcomm.2020.00064"
        papers.append(p)
    assert seen == {"pub": 83, "book": 3, "nontrad": 6, "skipped": 30}, seen
    t = {p["line"]: p["title"] for p in papers}
    assert t[539] == "\"Does it feel like a scientific paper?\": Discretionary valuation and epistemic boundaries on " \
        "preprint servers", t[539]
    assert t[603] == "Article-processing charges weaken open access", t[603]
    assert t[695] == "The public impact of Latin America’s approach to Open Access", t[695]
    assert t[703] == "Scientific Journals Produced in Latin America", t[703]
    assert t[743] == "Open Access and Scholarly Publishing in Latin America: Ten flavours and a few reflections", t[743]
    assert t[776].startswith("COVID Impact Survey:") and t[776].endswith("Support for Open Initiatives"), t[776]
    a = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert a == {545: "2406.17893", 547: "2505.15948", 571: "2407.16551", 579: "2404.17663"}, a
    assert len(papers) == 91, len(papers)
    write_truth(
        NAME, PART, papers,
        "Entries: every '- [type] {GS:..} Authors Title. *Venue*. doi: ..' bullet of '## PUBLICATIONS' except the "
        "three books (83), six scholarly records of 'NON-TRADITIONAL OUTPUTS' (a SPARC report, three Winnower "
        "papers, a Nature correspondence, a journal book review; blogs, news, statements and datasets are not), and "
        "the two paper citations of the SIGNIFICANT CONTRIBUTIONS divs (repeats); title = the text between the "
        "author list (CV markers ..X.., ~~X~~, ^ included) and the venue, 16 hand-set; ids = the 'doi:' text and "
        "arXiv DOIs, 579's backticked arXiv id by hand.",
        "Read the PUBLICATIONS and NON-TRADITIONAL OUTPUTS sections whole (122 bullets) and compared all 91 titles "
        "of the -v output with their lines; read SIGNIFICANT CONTRIBUTIONS (four divs), skimmed MEDIA COVERAGE, "
        "AWARDS, PRESENTATIONS and SUPERVISION (no publication records); checked the three [book] bullets and the "
        "[book]-tagged chapter 703, the dissertation 695, the hand-set titles, the doi: texts (637's trailing '/'), "
        "the 10.48550/arXiv DOIs and 579's backticked arXiv id.",
    )


if __name__ == "__main__":
    main()
