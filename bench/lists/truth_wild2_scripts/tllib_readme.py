"""Wild2 truth for thuml/Transfer-Learning-Library README: a code library's README listing the methods it implements.

Shape: introduction, 'Updates' (news bullets naming library features, and one sentence linking the
team's survey; not entries), then '## Supported Methods': per learning setup a '#####' heading
with a '[[Code]]' link, then bullets
'- **ABBR** - Title [[Venue Year]](paper url) [[Code]](/examples/...)', then install, usage,
contact and a 'Citation' block citing the team's own survey and the library (boilerplate, not
entries).  Decisions:

- Every bullet under 'Supported Methods' is an entry; its lines are the bullet's (AFN's bullet is
  hard-wrapped over two lines).  A method listed under two setups (CycleGAN, IBN-Net, MixStyle)
  gives one entry per listing.
- Title = the text between '**ABBR** - ' and the '[[Venue]]' link, as written ('Fea- ture',
  'Pseudo-Label : The ...' kept).  Two bullets put a description before a stray backtick:
  'Negative Conditional Entropy in `Transferability and Hardness of ...' and
  'Log Maximum Evidence in `LogME: Practical ...'; the paper's title is the part after the
  backtick, the part before it names the measure.  The abbreviation in bold is the method's name,
  not part of the title.
- arXiv id from an arXiv URL in the bullet (abs or pdf, 'v2' and query tails dropped; the L2-SP
  bullet's doubled '((url))' still gives it).  DOI: none is written; the Pseudo-Label bullet's
  CiteSeerX URL carries 'doi=10.1.1.664.3543', a CiteSeerX document id rather than a registered
  DOI, so its DOI is null.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "thuml__Transfer-Learning-Library__README@c4aa59e.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
BULLET = re.compile(r"- \*\*([^*]+)\*\* - (.+?)\s*\[\[(?:[A-Z][A-Za-z]* \d{4}(?: Oral)?|ArXiv)\]\]\(")


def main() -> None:
    papers = []
    start = LINES.index("## Supported Methods") + 2
    stop = LINES.index("## Installation")
    i = start
    while i < stop:
        text = LINES[i - 1]
        if not text.startswith("- "):
            assert not text.strip() or text.startswith(("#####", "The currently")), (i, text)
            i += 1
            continue
        end = i
        while LINES[end].strip() and not LINES[end].startswith(("- ", "#")):
            end += 1
        own = " ".join(LINES[i - 1 : end])
        m = BULLET.match(own)
        assert m, (i, own)
        title = m.group(2)
        if "`" in title:
            title = title.split("`", 1)[1]
        p = entry(LINES, i, end, title)
        if "citeseerx" in own:
            assert p["doi"] in (None, "10.1.1.664.3543"), p
            p["doi"] = None
        papers.append(p)
        i = end + 1
    write_truth(NAME, PART, papers,
                "every '- **ABBR** - Title [[Venue]](url)' bullet under 'Supported Methods' is an entry; title = the"
                " text between '**ABBR** - ' and the venue link (after the stray backtick where a description"
                " precedes it); the Updates news, the library's own citation block are not entries",
                "all bullets of Supported Methods (grep -c '^- \\*\\*' in that section = 52, AFN wrapped over two"
                " lines), first and last bullet of each '#####' setup, every title against its line, the"
                " backtick bullets (NCE, LogME), repeated CycleGAN/IBN-Net/MixStyle bullets, the L2-SP doubled"
                " parenthesis, the CiteSeerX 'doi=' id set to no DOI, arXiv ids of all bullets")


if __name__ == "__main__":
    main()
