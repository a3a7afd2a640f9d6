"""Wild22 truth for kurtpan666/cryptoland _includes/refs.md: the generated bibliography of a
cryptography blog (Jekyll include; the same BibTeX-to-Markdown footnote file as
alinush.github.io).

Shape: 1,224 Markdown footnote definitions, one per line, blank lines between, sorted by key:
'[^KEY]: **Title**, by Authors, *in Venue*, Year, [[URL]](url)'.  The venue part is missing
for books, notes, web pages and some reports; the year is missing on lines 523 and 821; line
2015 has the URL written bare before the link.  The last three lines (2443, 2445, 2447) were
added by hand in another style: 'Authors. **Title.** Venue. Year. [[URL]](...)'.  Title = the
first bold span (BibTeX leftovers kept as written: '{PKI' on line 2025, '{RSA' on line 735,
'{$O(n^2)$}', '$\\Sigma$'; a final period dropped).  Ids come from the [[URL]] links
(eprint.iacr.org, ia.cr, doi.org with '%2F', arxiv.org).
Entries: every definition whose subject is a scholarly work: papers, ePrint/CoRR preprints,
theses (incl. the habilitation, line 1693), technical and standards-body reports (NIST IR,
CRYPTREC, audit report line 2105), comments to NIST (lines 1073, 1455), white papers (Bitcoin,
Ethereum, Polkadot, Sui, Avalanche, CryptoNote, DFINITY, Nym, Move, AZTEC ...), tutorial and
survey papers (Costello line 825, Gibson 1277, Menezes 1793, Lyubashevsky 1715, ...), and
titled manuscripts hosted on personal pages or GitHub (Bootle 519, Feist-Khovratovich 1019,
Ingala 1409, Long 1713, Fenzi 1055).  The same paper under two keys (ePrint and proceedings
versions) gives two entries.
Not entries (67, keys in NOT with their reason): 26 books and textbooks (e.g. line 5 Arora-Barak,
707 CLRS, 1283/1285 Goldreich's volumes, 2257 Thaler's monograph); 8 chapters of textbooks,
handbooks and an encyclopedia, and Popper's essay (lines 1815, 1817, 1959, 1981, 2433-2439);
18 lecture notes, slides and course material (e.g. 123, 793, 1587, 1697 whose title is a URL,
2053 a letter to students); 14 blog posts and web pages (ethresear.ch, HackMD, personal blogs,
Wikipedia line 2353); 1 specification (line 1169).
Count check: 1,224 lines starting '[^' = 1,157 entries + 67 not.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "kurtpan666__cryptoland___includes__refs@7ab411c.md"
PART = "wild22_development"
BOOK = "book"
CHAPTER = "chapter of a textbook/handbook/encyclopedia, or a book essay"
NOTES = "lecture notes, slides or course material"
WEB = "blog post or web page"
SPEC = "specification"
NOT = {
    "AB07": BOOK, "AH74": BOOK, "BDDplus00": BOOK, "BS20AGrad": BOOK, "BS23": BOOK, "Bran00": BOOK,
    "CLRS09": BOOK, "Cohe07": BOOK, "GRS19": BOOK, "Goldreich04FocBasicApps": BOOK,
    "Goldreich04FocBasicTools": BOOK, "Heff03": BOOK, "KL07": BOOK, "KL15": BOOK, "Katz10": BOOK,
    "Mermin05": BOOK, "Mermin07": BOOK, "NBFplus16": BOOK, "NC10": BOOK, "RP11": BOOK, "Roth06": BOOK,
    "Silv09": BOOK, "Smart04": BOOK, "Smart16": BOOK, "Thal20": BOOK, "Weil92": BOOK,
    "MvOV96": CHAPTER, "MvV96Ch4Pubkey": CHAPTER, "RK05": CHAPTER, "vG13ModernCh8": CHAPTER,
    "vG13ModernCh9": CHAPTER, "vG13ModernCh10": CHAPTER, "vG13ModernCh11": CHAPTER, "Popper63": CHAPTER,
    "BB11": NOTES, "CW17": NOTES, "Conr": NOTES, "Dwork1998": NOTES, "Eric15": NOTES, "Kog19": NOTES,
    "Lind07": NOTES, "Olsh16": NOTES, "Scho21": NOTES, "Schw13": NOTES, "Sun09": NOTES, "Sun10": NOTES,
    "Suth15": NOTES, "Trev03": NOTES, "Vaik20": NOTES, "Zha15": NOTES, "deWolf19": NOTES, "Rog20": NOTES,
    "BFGW20e": WEB, "Buterin20UsingPoly": WEB, "Drake20Kate": WEB, "Edgi22": WEB, "Feis20Multi": WEB,
    "Khov22": WEB, "Maxw15": WEB, "Reitwiessner18": WEB, "Straka19": WEB, "Tang20": WEB, "Thaler20": WEB,
    "Tome21": WEB, "Wiki22Weil": WEB, "deVa20": WEB,
    "GLP21": SPEC,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen_not = set()
    records = 0
    for i, text in enumerate(lines, 1):
        if not text.strip():
            continue
        m = re.match(r"\[\^([^\]]+)\]: ", text)
        assert m, i
        records += 1
        key = m.group(1)
        if key in NOT:
            assert key not in seen_not, key
            seen_not.add(key)
            continue
        t = re.search(r"\*\*(.+?)\*\*", text)
        assert t, i
        papers.append(entry(lines, i, i, t.group(1)))
    assert seen_not == set(NOT), set(NOT) - seen_not
    assert records == 1224, records
    assert len(NOT) == 67 and len(papers) == 1157, len(papers)
    write_truth(NAME, PART, papers,
                "every footnote definition '[^KEY]: **Title**, by ..., *in Venue*, Year, [[URL]](...)' whose subject is a"
                " scholarly work (paper, preprint, thesis, report, white paper, tutorial or survey paper, titled"
                " manuscript) is an entry, title = the first bold span; 67 definitions are not entries: 26 books,"
                " 8 textbook/handbook/encyclopedia chapters and an essay, 18 lecture notes or course material,"
                " 14 blog posts or web pages, 1 specification (listed by key in the script)",
                "all 193 definitions without an '*in Venue*' part read one by one and sorted (67 not entries),"
                " every '*in' venue name listed by frequency and the odd ones (handbooks, encyclopedia, Modern"
                " Computer Algebra chapters, summer school, Festschrift, master's thesis) read; a sample of ~40"
                " entries and the three hand-written lines 2443-2447 checked against the -v output; ids from"
                " eprint/ia.cr, doi.org '%2F' links, arxiv")


if __name__ == "__main__":
    main()
