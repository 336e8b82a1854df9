/** What the upload form says next to the file field (GOV.UK: say what is wrong and how to fix it). */
export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export const documentMessages = {
  missing: "Select a file to upload",
  wrongType: "The selected file must be a PDF, JPG or PNG",
  tooLarge: (max: number) => `The selected file must be smaller than ${megabytes(max)} MB`,
  applicationFull: (max: number, left: number) =>
    `An application's documents can total at most ${megabytes(max)} MB; ${megabytes(Math.max(left, 0))} MB is left. Remove a document or choose a smaller file`,
  notYours: "This application cannot take documents now",
} as const;
