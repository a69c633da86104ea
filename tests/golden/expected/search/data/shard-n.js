peerdirSearchData("shard-n",
{
 "fieldVectors": [
  [
   "r/1",
   [
    15,
    2.256
   ]
  ],
  [
   "o/2",
   [
    29,
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
    "_index": 15,
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
    "_index": 29,
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
