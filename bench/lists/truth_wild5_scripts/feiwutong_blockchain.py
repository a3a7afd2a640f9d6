"""Wild5 truth for FeiWuTong/BlockchainPaper README.md: a Chinese student's annotated blockchain
bibliography ('整理'), one reference per nested block quote.

Shape: after a preamble (format line, search keywords, websites, blogs and GitHub links as '>> '
quotes, and a '* ' list of conferences), the papers sit under '# 高引' (classics), '# 区块链' and
'# 合约', grouped by '> 2019' / '> 区块链'-style '>' sub-heads, one per '>> ' line in the declared
format 'Authors, Title, Venue (or URL), Year, Chinese summary'.  Every '>> ' line from line 95 on
is one record (51); an entry is a record whose subject is a scholarly work (50): papers, preprints
and the whitepapers (Bitcoin, Storj, Filecoin, Lightning Network, Metadisk, Sia: technical
reports), the Harvard Business Review article and the research-handbook chapter by Pilkington.
Not an entry: Tapscott's 'Blockchain Revolution: The Internet of Value' (line 133, a book).  The
preamble's '>>' quotes (keywords, web sites, blogs, GitHub) are not entries.
Title = the comma-separated field after the authors: the authors end at 'et al, ' when it is
written, else after one field, two or three for the lines that list authors with commas (Wang &
Wang, Al-Bassam/Sonnino/Buterin, 'Storj Labs, Inc.', Vorick & Champine); the title ends before
the venue field that precedes ', year, ' (titles with their own commas kept, e.g. 'PHANTOM,
GHOSTDAG: ...', 'OmniLedger: A Secure, Scale-Out, ...').  Szabo's reference (line 107) adds
volume, date and URL after the venue; its title ends before ', First Monday'.  Pontiveros's venue
(line 223) has its own comma; the title ends before ', 9th IFIP'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "FeiWuTong__BlockchainPaper__README@0a2667c.md"
PART = "wild5_development"
LINES = read_lines(NAME)

NOT_PAPERS = {133}
AUTHOR_FIELDS = {119: 2, 125: 3, 155: 2, 231: 2}


def title_of(i: int, text: str) -> str:
    body = text[3:]
    if i == 107:
        m = re.match(r"N\. Szabo, (.+?), First Monday", body)
        return m.group(1)
    if i == 223:  # the venue has its own comma ('New Technologies, Mobility and Security')
        m = re.match(r".+? et al, (.+?), 9th IFIP", body)
        return m.group(1)
    if "et al, " in body:
        rest = body.split("et al, ", 1)[1]
    else:
        rest = body.split(", ", AUTHOR_FIELDS.get(i, 1))[-1]
    m = re.match(r"(.+), [^,]+, (?:19|20)\d\d, ", rest)
    assert m, i
    return m.group(1)


def main() -> None:
    papers = []
    records = 0
    for i, text in enumerate(LINES, 1):
        if i < 95 or not text.startswith(">> "):
            continue
        records += 1
        if i in NOT_PAPERS:
            continue
        papers.append(entry(LINES, i, i, title_of(i, text)))
    assert records == 51, records
    starts = [p["line"] for p in papers]
    assert sum(1 for s in starts if s < 111) == 5  # 高引: 2 blockchain, 2 consensus, 1 contract
    assert sum(1 for s in starts if 111 < s < 211) == 40  # 区块链: 2019 5, 2018 16-1, 2017 7, 2016 9, 2015 2, 2014 2
    assert sum(1 for s in starts if s > 211) == 5  # 合约
    write_truth(NAME, PART, papers,
                "every '>> Authors, Title, Venue, Year, summary' block-quote line from the 高引 section on is a reference;"
                " all but a book are entries (papers, whitepapers, an HBR article, a handbook chapter); title = the field"
                " after the authors (ending at 'et al,' or after 1-3 author fields) up to the venue before the year",
                "all 50 titles one by one against the file; per-section and per-year counts by eye (高引 5; 区块链"
                " 5/16/7/9/2/2 with the Tapscott book dropped; 合约 2/1/1/1); the preamble '>>' quotes give none")


if __name__ == "__main__":
    main()
