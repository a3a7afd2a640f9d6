"""Wild40 truth for rommagon/Science-Agent data/outputs/daily/daily-2026-01-12/report.md at commit 7828ecb: one
generated run report of "AciTrack", a personal literature tracker that polls biomedical feeds (bioRxiv, PubMed
"cancer (broad)", Gut, The Lancet, BMJ, European Respiratory Journal, Integrative Cancer Therapies, Science News)
plus an "LLM-Expansion" source of suggested papers on volatile organic compounds / electronic noses for cancer
detection -- biomedicine, oncology, microbiome.  Generated reports were untracked in 0f46bc2 ("untrack generated
artifacts", 1 Feb 2026); the newest commit has none, so the file is taken from 7828ecb, the last commit holding it.

Shape: ``# AciTrack – Weekly Research Changes`` (1), three bold metadata lines (3-5), then two sections.
``## 🆕 New This Run (17)`` (7): 17 cards ``- **[Title](url)**`` followed by two-space-indented sub-bullets
("Source: ...", "Date: ...", an italic "*No LLM provider configured.*"), a blank line, and two more placeholder
sub-bullets ("This is a placeholder summary." / "Set ACITRACK_LLM_PROVIDER ...") -- the card spans its bullet to
its last sub-bullet (7 lines).  Links: bioRxiv content URLs with a new-prefix DOI and a version and RSS query
(``/content/10.64898/2026.01.10.698801v1?rss=1``) or PubMed record URLs.  ``## 📁 Unchanged (285)`` (145): 285
one-line bullets ``- Title – Source – Date`` with no links (the date is empty on some lines, leaving a trailing
``– ``); titles may hold a spaced hyphen (" - ", e.g. 258, 296, 314, 325, 387) but never the en dash separator, so
the line is split at its last two " – ".  LLM-Expansion repeats some titles (e.g. 412-418 repeat earlier ones).

Entries (301): the 17 cards and 284 of the 285 plain bullets -- articles, reviews, preprints, trial reports from
journals, PubMed and bioRxiv feeds and the LLM-Expansion suggestions (repeats kept as separate entries).  Not an
entry: 147 "Scientists spot never-before-seen shock wave around dead star – Science News" (a news story).
Title: the card's link text / the bullet text before " – Source – Date".  Ids: for bioRxiv cards the DOI in the URL
without the version ("v1") and query, following the held-out convention for bioRxiv URLs (the helper only strips
versions for the 10.1101 prefix, so the script strips it for 10.64898); PubMed links and plain bullets give none.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "rommagon__Science-Agent__data__outputs__daily__daily-2026-01-12__report@7828ecb.md"
PART = "wild40_development"

CARD = re.compile(r"^- \*\*\[(?P<title>.+)\]\((?P<url>[^)]+)\)\*\*$")
NEWS = {147}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "## 🆕 New This Run (17)" and lines[144] == "## 📁 Unchanged (285)"
    papers, sources = [], {}
    cards = [i for i in range(8, 145) if lines[i - 1].startswith("- ")]
    assert len(cards) == 17, len(cards)
    for i in cards:
        m = CARD.match(lines[i - 1])
        assert m, (i, lines[i - 1])
        last = i
        while last < 144 and (lines[last].startswith("  ") or (not lines[last].strip()
                                                                and lines[last + 1].startswith("  "))):
            last += 1
        assert last - i == 6 and lines[last - 1].startswith("  - Set ACITRACK"), (i, last)
        e = entry(lines, i, last, m.group("title"))
        url = m.group("url")
        if "biorxiv.org/content/10.64898/" in url:
            doi = re.search(r"/content/(10\.64898/[\d.]+?)v\d+\?rss=1$", url).group(1)
            assert e["doi"] and e["doi"].startswith(doi), (i, e["doi"])
            e["doi"] = doi
        else:
            assert "pubmed.ncbi.nlm.nih.gov" in url and e["doi"] is None, (i, url)
        papers.append(e)
    plain = [i for i in range(146, len(lines) + 1) if lines[i - 1].startswith("- ")]
    assert len(plain) == 285 and all(not lines[i - 1].strip() or i in plain for i in range(146, len(lines) + 1))
    for i in plain:
        parts = lines[i - 1][2:].rsplit(" – ", 2)
        assert len(parts) == 3 and " – " not in parts[0], (i, parts)
        sources[parts[1]] = sources.get(parts[1], 0) + 1
        if i in NEWS:
            assert parts[1] == "Science News"
            continue
        papers.append(entry(lines, i, i, parts[0]))
    assert sources["Science News"] == 1 and sources["PubMed - cancer (broad)"] == 196, sources
    t = {p["line"]: p["title"] for p in papers}
    assert t[258] == "Systemic Lupus Erythematosus Mortality Among Decedents Aged ≥15 Years - United States, 2018-2023"
    d = [p for p in papers if p["doi"]]
    assert len(d) == 10 and all(p["doi"].startswith("10.64898/2026.01.") for p in d), d
    assert len(papers) == 301, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each of the 17 '- **[Title](url)**' cards (spanning its sub-bullets) and each '- Title – Source – Date' "
        "bullet of the Unchanged section is an entry, except the one Science News story (147); title = the link "
        "text / the text before the last two ' – '; ids = the bioRxiv DOI in a card's URL without version and "
        "query.",
        "All 17 cards read with their spans (bullet to the 'Set ACITRACK' sub-bullet) and URLs (10 bioRxiv DOIs "
        "with v1 and ?rss=1 stripped, 7 PubMed links with no DOI); the plain bullets: source counts tallied, the "
        "Science News line 147 excluded, the titles with ' - ' (258, 296, 314, 325, 387) and trailing-dash empty "
        "dates checked, ~25 random bullets from the PubMed, Gut, bioRxiv, LLM-Expansion, Lancet/BMJ/ERJ sources "
        "compared with the -v output, the repeated LLM-Expansion titles kept.",
    )


if __name__ == "__main__":
    main()
