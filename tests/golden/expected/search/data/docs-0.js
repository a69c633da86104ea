peerdirSearchData("docs-0",
[
 [
  "forum",
  "Carers Corner",
  "An online forum for carers.",
  "forums/carers-corner/",
  "Free · Online",
  {
   "badge": "Temporarily closed"
  }
 ],
 [
  "helpline",
  "Fenwick Warmline",
  "Talk to a peer in the evening.",
  "helplines/fenwick-warmline/",
  "Free · Nationwide",
  "Mon–Fri: 18:00–23:00; Sun: 12:00–16:00",
  [
   [
    "Call 01632 960003",
    "tel:+441632960003",
    "Evenings"
   ]
  ]
 ],
 [
  "group",
  "Old Town Anxiety Group",
  "A fortnightly group for adults living with anxiety.",
  "groups/old-town-anxiety-group/",
  "In person and online · Free · Old Town, Online"
 ],
 [
  "respite",
  "Riverside House",
  "A peer respite with three beds.",
  "respite/riverside-house/",
  "Free · Riverside"
 ],
 [
  "guide",
  "First steps",
  "Where to begin.",
  "guides/first-steps/",
  ""
 ],
 [
  "guide",
  "First steps: One",
  "Text with {{ 7*7 }} and bold and a < b > c.",
  "guides/first-steps/#one",
  ""
 ],
 [
  "guide",
  "First steps: Two",
  "",
  "guides/first-steps/#two",
  ""
 ],
 [
  "guide",
  "First steps: Three",
  "",
  "guides/first-steps/#three",
  ""
 ],
 [
  "guide",
  "About groups",
  "What groups are like.",
  "guides/groups/",
  ""
 ],
 [
  "guide",
  "About groups: Choosing",
  "Pick one that suits you. Back to first steps .",
  "guides/groups/#choosing",
  ""
 ]
],
"98b351b7e2");
