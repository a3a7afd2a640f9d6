"""Wild58 truth for nabeelxy/ai-security-guide ai_for_security/web_security/README.md at d9af9a8 (2026-02-15): the
"Web Security" page of an AI-for-security reading guide (phishing, scams, web tracking, LLM-driven attacks): one
eight-column pipe table of recent publications.

Shape: 36 lines.  "# Web Security" (1), "## Recent Publications" (3), header row
``| Date | ID | Title | Venue | Materials | Tags | Code | Summary |`` (4), separator (5, with a trailing space after
the last pipe), then 31 body rows 6-36, one paper a row, newest first.

Special cases:
- The ID column holds a short nickname (``DarkGram``, ``CryptoScam``, ``Phishing_ccTLD``, ``Beyond Phish``) or is
  empty; it is not the title.  The title is the third cell, plain text (no link).
- Materials cells hold several links (``[Paper](...) [NotebookLM](...) [Podcast](...) [Slides](...)
  [Talk](...)``); the Summary column sometimes links a review note (``[Review](...)``, ``[Note](reviews/...)``).
- 20 has one cell fewer than the header; the title is still the third cell.
- 29: a curly apostrophe (``Google’s``); 33: an en dash (``PhishBots? – Preventing``); 21: a straight apostrophe.
- 23: venue ``CCS 2025`` but date ``May 2024`` (as written; irrelevant to the title).
- arXiv ids come from arxiv.org/pdf links; DOIs from dl.acm.org/doi links (17, 26, 29).

Decisions: entry = every body row of the table (6-36): 31 entries, one line each.  Title = the third cell
(``Title`` column), stripped.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "nabeelxy__ai-security-guide__ai_for_security__web_security__README@d9af9a8.md"
PART = "wild58_development"

HEADER = re.compile(r"^\|\s*Date\s*\|\s*ID\s*\|\s*Title\s*\|")
SEP = re.compile(r"^\|[\s\-|:]+\|?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table = True
            continue
        if not in_table:
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if SEP.match(ln):
            continue
        title = ln.split("|")[3].strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 31, len(papers)
    assert sorted(by) == list(range(6, 37)), sorted(by)
    assert by[6]["title"] == (
        "PhishLang: A Real-Time, Fully Client-Side Phishing Detection Framework Using MobileBERT"
    ), by[6]
    assert by[6]["arxiv"] == "2408.05667", by[6]
    assert by[13]["title"] == "The Poorest Man in Babylon: A Longitudinal Study of Cryptocurrency Investment Scams", by[13]
    assert by[17]["doi"] == "10.1145/3678890.3678925", by[17]
    assert by[20]["title"] == (
        "PhishDecloaker: Detecting CAPTCHA-cloaked Phishing Websites via Hybrid Vision-based Interactive Models"
    ), by[20]
    assert by[29]["title"] == (
        "A Good Fishman Knows All the Angles: A Critical Evaluation of Google’s Phishing Page Classifier"
    ), by[29]
    assert by[33]["title"] == (
        "From Chatbots to PhishBots? – Preventing Phishing scams created using ChatGPT, Google Bard and Claude"
    ), by[33]
    assert by[36]["title"] == (
        "Mistrust Plugins You Must: A Large-Scale Study Of Malicious Plugins In WordPress Marketplaces"
    ), by[36]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the 'Date | ID | Title | Venue | Materials | Tags | Code | Summary' pipe table"
        " (lines 6-36) is one entry, one line each: 31 entries.  Title = the third cell (Title column), plain"
        " text; the ID column is a nickname, not the title.  Header and separator rows are not entries.",
        checked="Read the whole file; compared the -v output with all 31 rows cell by cell (ID vs Title, the"
        " short row 20, curly apostrophe 29, en dash 33) and checked arXiv ids from arxiv.org/pdf links and DOIs"
        " from dl.acm.org/doi links.",
    )


if __name__ == "__main__":
    main()
