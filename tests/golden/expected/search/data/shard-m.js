peerdirSearchData("shard-m",
{
 "fieldVectors": [
  [
   "d/1",
   [
    17,
    1.352
   ]
  ],
  [
   "d/2",
   [
    52,
    0.792
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
   "mon",
   {
    "_index": 17,
    "a": {},
    "d": {
     "1": {}
    },
    "k": {},
    "l": {},
    "n": {},
    "o": {},
    "r": {},
    "s": {},
    "t": {},
    "w": {}
   }
  ],
  [
   "month",
   {
    "_index": 52,
    "a": {},
    "d": {
     "2": {}
    },
    "k": {},
    "l": {},
    "n": {},
    "o": {},
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
