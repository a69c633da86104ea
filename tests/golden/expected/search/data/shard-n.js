peerdirSearchData("shard-n",
{
 "fieldVectors": [
  [
   "r/1",
   [
    16,
    2.256
   ]
  ],
  [
   "o/2",
   [
    31,
    2.128
   ]
  ]
 ],
 "fields": [
  "n",
  "t",
  "a",
  "o",
  "s",
  "k",
  "l",
  "r",
  "d",
  "w"
 ],
 "invertedIndex": [
  [
   "nationwid",
   {
    "_index": 16,
    "a": {},
    "d": {},
    "k": {},
    "l": {},
    "n": {},
    "o": {},
    "r": {
     "1": {}
    },
    "s": {},
    "t": {},
    "w": {}
   }
  ],
  [
   "network",
   {
    "_index": 31,
    "a": {},
    "d": {},
    "k": {},
    "l": {},
    "n": {},
    "o": {
     "2": {}
    },
    "r": {},
    "s": {},
    "t": {},
    "w": {}
   }
  ]
 ],
 "pipeline": [
  "stemmer"
 ],
 "version": "2.3.9"
}
);
