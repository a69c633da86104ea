peerdirSearchData("shard-0",
{
 "fieldVectors": [
  [
   "d/1",
   [
    20,
    2.089
   ]
  ],
  [
   "d/2",
   [
    20,
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
    "_index": 20,
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
