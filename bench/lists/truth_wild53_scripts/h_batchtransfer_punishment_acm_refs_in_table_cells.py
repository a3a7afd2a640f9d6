"""Wild53 truth for BatchTransfer/PunishmentPolicySurvey ``PAPER_INDEXES.md``: the companion paper index of a
systematic review ("Deterring Dishonesty in Web3: A Systematic Review of Punishment Mechanisms in Decentralized
Networks"), newest commit holding the file (f25e059, 2026-02-09).  The repo's older ``Papers.md`` (a plain numbered
reference list) was deleted; ``SurveyPapers.md`` and a BibTeX dump ``TotalPapers.md`` sit beside this file.

Shape: 149 lines, 38 KB.  ``# Systematic Review: Paper Index with Annotations`` (1), a sentence claiming "all 107
papers" (3), ``## Paper Count Summary`` (5) with ``**Total Papers:** 116`` and four count bullets (7-11), then
``## Annotations Tables`` (13) and four ``###`` sections, each a five-column pipe table ``| Paper | Punishment Type |
Domain | Mechanism | Additional Tags |``: Social Penalties 36 rows (19-54), Monetary Penalties 37 rows (60-96),
Hybrid Penalties 28 rows (103-130), Legal/Other 14 rows (136-149); 115 rows in all (the summary's 116 and the
intro's 107 are both off).  The Paper cell holds a whole ACM-style reference, numbered afresh in each table:
``[n] Authors. YEAR. Title. Venue ... https://doi.org/...`` (or ``Retrieved <date> from http://arxiv.org/abs/...``).

Special cases:
- Ten references have no year (32, 63, 70, 72, 86, 91, 104, 126, 143, 147): ``[14] Stephanos Matsumoto and Raphael
  M Reischuk. IKP: Turning a PKI Around with Blockchains.``; the title is the sentence after the authors.
- 86 ``"Centralized or Decentralized?": Concerns and Value Judgments ...`` keeps its quotation marks.
- Titles ending in ``?!`` (``Goldfish: No More Attacks on Ethereum?!``, 64) or ``?`` run straight into ``Retrieved``
  or the venue, but two run into a venue with no period between: 87 ``What can blockchain do and cannot do? China
  Economic Journal 14, ...`` and 149 ``... Governance Mechanisms? Eur. j. risk regul. ...``; 138 ``... Blockchain
  Game in The U.S. (2023).`` ends in an abbreviation.  These three titles are written out by hand (``SPECIAL``).
- Wrong years are left as written (``March 13, 2028`` 80, ``2027`` 125); they are not in the title.
- Ids: DOIs from ``https://doi.org/...`` (including ``10.48550/arXiv.`` DOIs, which the helper may read as arXiv
  ids too) and arXiv ids from ``http://arxiv.org/abs/...``; no-year rows carry no link.

Decisions:
- Entry = every data row of the four tables (115), one line each; title = the text after ``Authors. YEAR. `` up to
  the first ``. `` / `` Retrieved `` / `` https://`` (or, with no year, the sentence after the first ``. ``), the
  closing period dropped; the last four cells (type, domain, mechanism, tags) are not title text.
- Not entries: the count summary bullets, headings, table headers and alignment rows.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "BatchTransfer__PunishmentPolicySurvey__PAPER_INDEXES@f25e059.md"
PART = "wild53_development"

HEAD = "| Paper | Punishment Type | Domain | Mechanism | Additional Tags |"
ALIGN = "|-------|-----------------|--------|-----------|-----------------|"
ROW = re.compile(r"^\| \[(?P<num>\d+)\] (?P<ref>[^|]+?) \| (?P<type>[^|]+) \|(?:[^|]*\|){3}$")
YEARED = re.compile(r"^(?P<auth>.+?)\. (?P<year>(?:19|20)\d\d)\. (?P<rest>.+)$")
STOP = re.compile(r"\. | Retrieved | https?://")
SPECIAL = {
    87: "What can blockchain do and cannot do?",
    138: "Legal Framework Against Money Laundering Through Cryptocurrency and Blockchain Game in The U.S.",
    149: "Why do Public Blockchains Need Formal and Effective Internal Governance Mechanisms?",
}


def title_of(n: int, ref: str) -> str:
    if n in SPECIAL:
        assert SPECIAL[n] in ref, (n, ref)
        return SPECIAL[n]
    m = YEARED.match(ref)
    if m:
        rest = m.group("rest")
        s = STOP.search(rest)
        return (rest[: s.start()] if s else rest).rstrip(".")
    auth, _, rest = ref.partition(". ")
    assert auth and rest.endswith(".") and "http" not in rest, (n, ref)
    return rest[:-1]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Systematic Review: Paper Index with Annotations"
    papers = []
    tables: list[int] = []
    for n, ln in enumerate(lines, 1):
        if ln == HEAD:
            tables.append(0)
            continue
        if ln == ALIGN:
            continue
        if not ln.startswith("| ["):
            assert not ln.startswith("|"), (n, ln)
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        tables[-1] += 1
        assert int(m.group("num")) == tables[-1], (n, m.group("num"))
        title = title_of(n, m.group("ref"))
        assert 10 < len(title) < 200, (n, title)
        papers.append(entry(lines, n, n, title))
    assert tables == [36, 37, 28, 14], tables
    assert len(papers) == 115, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[19]["title"], t[19]["doi"]) == (
        "Detecting Malicious Accounts showing Adversarial Behavior in Permissionless Blockchains",
        "10.48550/arxiv.2101.11915"), t[19]
    assert t[25]["title"] == "How Can Incentive Mechanisms and Blockchain Benefit with Each Other? A Survey", t[25]
    assert t[32]["title"] == "IKP: Turning a PKI Around with Blockchains", t[32]
    assert (t[64]["title"], t[64]["arxiv"]) == ("Goldfish: No More Attacks on Ethereum?!", "2209.03255"), t[64]
    assert t[86]["title"].startswith('"Centralized or Decentralized?": Concerns'), t[86]
    assert t[103]["title"] == ("How can blockchain technology promote food safety in agricultural market?—an"
                               " evolutionary game analysis"), t[103]
    assert t[145]["title"] == "Deterrence in the Twenty-First Century", t[145]
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the four annotation tables (SP 36, MP 37, HP 28, Legal/Other 14) is an entry (115), one"
        " line each; title = the title sentence of the ACM reference in the Paper cell: after 'Authors. YEAR. ' up to"
        " the first '. ', ' Retrieved ' or URL (no-year rows: the sentence after the authors), closing period dropped;"
        " 87/149 (title '?' glued to the venue) and 138 ('U.S.') written out by hand; summary bullets, headings, headers and alignment rows are not entries.",
        "Read all 149 lines; compared -v for all 115 rows against the Paper cells: the ten no-year rows (32, 63, 70,"
        " 72, 86, 91, 104, 126, 143, 147), question/exclamation endings (25, 64, 87, 130, 149), the quoted title 86,"
        " the em-dash titles 41/103, 'U.S.' 138, the 'X? A Survey' title 25 kept whole; ids: doi.org DOIs and arxiv.org/abs ids as"
        " written, none on no-year rows.",
    )


if __name__ == "__main__":
    main()
