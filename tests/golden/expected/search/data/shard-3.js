peerdirSearchData("shard-3",
{
 "fieldVectors": [
  [
   "d/2",
   [
    55,
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
   "30",
   {
    "_index": 55,
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
