peerdirSearchData("shard-4",
{
 "fieldVectors": [
  [
   "d/2",
   [
    50,
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
   "4th",
   {
    "_index": 50,
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
