"""Open truth for THUNLP-MT/MT-Reading-List: author-first references.

'* Authors. Year. [Title](url). In *Proceedings of ...*. ([Citation](...): n)' bullets under
HTML headings; the WMT Winners part nests the references under '**System report**:' and
'**Techniques**:' sub-bullets.
"""
import re

from _open import Open

NAME = "THUNLP-MT__MT-Reading-List__README@b79517b.md"
LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(", re.DOTALL)


def main() -> None:
    t = Open(NAME)
    start = next(i for i, x in enumerate(t.lines, 1) if 'id="10_must_reads"' in x)
    odd = []
    for i in range(start, len(t.lines) + 1):
        if not re.match(r"\s*\* ", t.line(i)):
            continue
        end = i
        while end < len(t.lines) and t.line(end + 1).strip() and not re.match(r"\s*(\*|<)", t.line(end + 1)):
            end += 1  # link text wrapped onto the next line
        body = t.span(i, end)
        if re.search(r"\*[^*]*Tutorial\*\.", body):
            continue  # tutorial slides (ICML/ACL/EACL tutorials), talks not papers
        if re.search(r"The winner of|\*\*News\*\*|\*\*Techniques\*\*|Tutorial on \[", body):
            odd.append(i)
            continue  # WMT winner bullets, news, technique lists, a tutorial
        m = LINK.search(body)
        if m:
            t.add(i, end, m.group(1))
        elif "**System report**" in body and re.search(r"\d{4}\.\s*$", body):
            t.add(i, end, None)  # a system report named by its authors and year only
        else:
            odd.append(i)
    t.write("every bullet (any depth) from '10 Must Reads' on holding an author-first reference 'Authors. Year."
            " [Title](url)' (year sometimes missing or spaced) is an entry, title = the first link text (which may wrap onto the next line); the WMT"
            " winners' '**System report**: Authors. Year.' without a title is an entry with title null;"
            " tutorials (venue '*... Tutorial*') are talks; winner bullets, news, technique lists and the"
            " 'Tutorial on ...' sub-bullet are not papers",
            f"the 15-entry sample, every bullet that is not an entry ({len(odd)}: winners, news, techniques,"
            " tutorials), the WMT Winners part whole, the wrapped link texts")
    if "-v" in __import__("sys").argv:
        for i in odd:
            print("  not an entry:", i, t.line(i)[:110])


if __name__ == "__main__":
    main()
