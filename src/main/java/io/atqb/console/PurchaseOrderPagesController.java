package io.atqb.console;

import io.atqb.autotask.PurchaseOrderStatus;
import io.atqb.purchasing.PurchaseOrderMarking;
import io.atqb.purchasing.PurchaseOrderRequests;
import io.atqb.purchasing.PurchaseOrderSearch;
import io.atqb.purchasing.PurchaseOrderViews;
import io.atqb.purchasing.TransferStatus;
import io.atqb.system.ApiException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Purchase Order Search ({@code /purchase-orders}: filters, pages, the "QuickBooks Needs Resync" tick, transfer
 * status and time, row checkboxes and "Set as Ready to Transfer to QuickBooks") and a PO's page (lines, receipts with
 * those since the transfer marked, every transfer attempt with QuickBooks' messages). The search and the marking are
 * the purchasing services behind /api/purchase-orders, with the API's filter rules.
 */
@Controller
class PurchaseOrderPagesController {

    static final int PAGE_SIZE = 25;

    private final PurchaseOrderSearch search;
    private final PurchaseOrderMarking marking;

    PurchaseOrderPagesController(PurchaseOrderSearch search, PurchaseOrderMarking marking) {
        this.search = search;
        this.marking = marking;
    }

    /** The filter form as typed (blank = no filter). */
    record Filters(String number, String vendor, String status, String transferStatus, String needsResync) {

        /** The filters as /purchase-orders query parameters, blanks left out, plus a page when above 1. */
        String query(int page) {
            UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
            add(uri, "number", number);
            add(uri, "vendor", vendor);
            add(uri, "status", status);
            add(uri, "transferStatus", transferStatus);
            add(uri, "needsResync", needsResync);
            if (page > 1) {
                uri.queryParam("page", page);
            }
            String query = uri.encode().build().getQuery();
            return query == null ? "" : query;
        }

        private static void add(UriComponentsBuilder uri, String name, String value) {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value.strip());
            }
        }
    }

    @GetMapping("/purchase-orders")
    String search(@RequestParam(required = false) String number, @RequestParam(required = false) String vendor,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String transferStatus,
                  @RequestParam(required = false) String needsResync, @RequestParam(defaultValue = "1") int page,
                  Model model) {
        Filters filters = new Filters(number, vendor, status, transferStatus, needsResync);
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", Arrays.stream(PurchaseOrderStatus.values())
                .filter(s -> s != PurchaseOrderStatus.UNKNOWN).toList());
        model.addAttribute("transferStatuses", TransferStatus.values());
        if (page < 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'page': must be at least 1");
        }
        try {
            PurchaseOrderSearch.SearchPage found = search.search(PurchaseOrderRequests.parseSearch(
                    parameters(filters, (page - 1) * PAGE_SIZE)));
            int pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("found", found);
            model.addAttribute("page", page);
            model.addAttribute("pages", pages);
            model.addAttribute("prevQuery", filters.query(page - 1));
            model.addAttribute("nextQuery", filters.query(page + 1));
            model.addAttribute("thisQuery", filters.query(page));
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.BAD_GATEWAY) {
                throw e;
            }
            model.addAttribute("problem", e.getMessage());
        }
        return "console/purchase-orders";
    }

    @PostMapping("/purchase-orders/transfer")
    String markReady(@RequestParam(name = "ids", required = false) List<Long> ids,
                     @RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
        Set<Long> chosen = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("problem", "Tick the purchase orders to transfer first.");
        } else {
            try {
                PurchaseOrderMarking.MarkResult result = marking.mark(chosen);
                redirect.addFlashAttribute("notice", notice(result));
                if (!result.refused().isEmpty()) {
                    redirect.addFlashAttribute("problem", result.refused().stream()
                            .map(PurchaseOrderMarking.Refused::message).collect(Collectors.joining(" ")));
                }
            } catch (ApiException e) {
                redirect.addFlashAttribute("problem", e.getMessage());
            }
        }
        return "redirect:/purchase-orders" + safeQuery(back);
    }

    @GetMapping("/purchase-orders/{id}")
    String purchaseOrder(@PathVariable long id, Model model) {
        PurchaseOrderViews.Detail detail = search.detail(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "Autotask has no purchase order with id " + id));
        Set<Long> sinceTransfer = new HashSet<>();
        detail.receivedSinceTransfer().forEach(receipt -> sinceTransfer.add(receipt.receivingId()));
        model.addAttribute("po", detail);
        model.addAttribute("sinceTransfer", sinceTransfer);
        return "console/purchase-order";
    }

    private static String notice(PurchaseOrderMarking.MarkResult result) {
        String marked = result.ids().isEmpty() ? "No purchase order was marked."
                : "Set as Ready to Transfer to QuickBooks: " + result.ids().size() + " purchase order(s); the default"
                + " connector's next QuickBooks Web Connector session transfers them.";
        return result.message() == null ? marked : marked + " " + result.message();
    }

    /** The search to return to: only our own filter parameters, rebuilt, never a foreign URL. */
    static String safeQuery(String back) {
        if (back == null || back.isBlank()) {
            return "";
        }
        MultiValueMap<String, String> given = UriComponentsBuilder.newInstance().query(back).build()
                .getQueryParams();
        Filters filters = new Filters(decoded(given, "number"), decoded(given, "vendor"), decoded(given, "status"),
                decoded(given, "transferStatus"), decoded(given, "needsResync"));
        String page = given.getFirst("page");
        int pageNumber = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
        String query = filters.query(pageNumber);
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String decoded(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? null : org.springframework.web.util.UriUtils.decode(value,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static MultiValueMap<String, String> parameters(Filters filters, int offset) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        put(parameters, "number", filters.number());
        put(parameters, "vendor", filters.vendor());
        put(parameters, "status", filters.status());
        put(parameters, "transferStatus", filters.transferStatus());
        put(parameters, "needsResync", filters.needsResync());
        parameters.add("offset", Integer.toString(offset));
        parameters.add("limit", Integer.toString(PAGE_SIZE));
        return parameters;
    }

    private static void put(MultiValueMap<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(name, value);
        }
    }
}
