export { toCsv, type CsvValue } from './lib/to-csv';
