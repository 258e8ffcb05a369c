/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the document page while its MDX body renders, so the body's components know their document. */
    documentId?: string;
  }
}
