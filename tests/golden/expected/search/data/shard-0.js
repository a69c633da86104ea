peerdirSearchData("shard-0",
{
 "fieldVectors": [
  [
   "d/1",
   [
    19,
    2.089
   ]
  ],
  [
   "d/2",
   [
    19,
    1.298
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
   "00",
   {
    "_index": 19,
    "a": {},
    "d": {
     "1": {},
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
